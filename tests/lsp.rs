//! A scripted editor conversation with `claimlint lsp` over stdio: two documents with a known conflict
//! are opened; the diagnostic must sit on the figure (UTF-16 columns past non-ASCII text), link the
//! other document's figure as related information, follow an edit, and go away once the code action's
//! suppression comment is applied.
// Helpers outside `#[test]` functions: a failed `expect` there is a failed test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod util;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

struct Client {
    child: Child,
    stdin: ChildStdin,
    from_server: Receiver<Value>,
    next_id: u64,
}

impl Client {
    fn start(root: &std::path::Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimlint"))
            .arg("lsp")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().expect("stdin");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || loop {
            let mut len = None;
            loop {
                let mut line = String::new();
                if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(v) = line.strip_prefix("Content-Length: ") {
                    len = v.parse::<usize>().ok();
                }
            }
            let mut body = vec![0; len.expect("a Content-Length header")];
            if stdout.read_exact(&mut body).is_err() {
                return;
            }
            let v: Value = serde_json::from_slice(&body).expect("the server sends JSON");
            if tx.send(v).is_err() {
                return;
            }
        });
        Client { child, stdin, from_server: rx, next_id: 1 }
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write to the server");
        self.stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and waits for its response (other messages meanwhile are dropped).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let resp = self.wait(|m| m["id"] == id && m.get("method").is_none());
        assert!(resp.get("error").is_none(), "{method} failed: {resp}");
        resp["result"].clone()
    }

    /// The next message from the server that satisfies `pred`.
    #[track_caller]
    fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        loop {
            let m = self.from_server.recv_timeout(Duration::from_secs(120)).expect("the server answers in time");
            if pred(&m) {
                return m;
            }
        }
    }

    /// The diagnostics published for `uri` at `version`.
    #[track_caller]
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        m["params"]["diagnostics"].as_array().expect("diagnostics").clone()
    }
}

/// The text an LSP range covers (UTF-16 columns), computed independently of the server.
fn covered(text: &str, range: &Value) -> String {
    let at = |p: &Value| {
        let line = p["line"].as_u64().expect("line") as usize;
        let ch = p["character"].as_u64().expect("character") as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let line_text = text[start..].split('\n').next().unwrap_or("");
        let mut units = 0;
        for (i, c) in line_text.char_indices() {
            if units == ch {
                return start + i;
            }
            units += c.len_utf16();
        }
        assert_eq!(units, ch, "a position inside a character");
        start + line_text.len()
    };
    text[at(&range["start"])..at(&range["end"])].to_string()
}

fn file_uri(p: &std::path::Path) -> String {
    format!("file://{}", p.display()).replace(' ', "%20")
}

const HEAD: &str = "---\npublished: 2023-03-02\n---\n";

#[test]
fn editor_shows_cross_document_conflict() {
    let dir = util::scratch("lsp");
    let a_text =
        format!("{HEAD}Zoë 🎉 Officials in Norvik said 80,000 troops were deployed near the border on Thursday.\n");
    let b_text =
        format!("{HEAD}Zoë 🎉 Officials in Norvik said 150,000 troops were deployed near the border on Thursday.\n");
    let (a, b) = (file_uri(&dir.join("a.md")), file_uri(&dir.join("b.md")));
    let mut c = Client::start(&dir);
    let init = c.request("initialize", json!({ "processId": null, "rootUri": file_uri(&dir), "capabilities": {} }));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    c.notify("initialized", json!({}));
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": a, "languageId": "markdown", "version": 1, "text": a_text } }),
    );
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": b, "languageId": "markdown", "version": 1, "text": b_text } }),
    );

    let da = c.diagnostics(&a, 1);
    let db = c.diagnostics(&b, 1);
    let texts = [(&a, &a_text, &da), (&b, &b_text, &db)];
    let (uri, text, diags) = texts
        .iter()
        .find(|(_, _, d)| d.iter().any(|x| x["code"] == "conflicting-figures"))
        .expect("one of the documents carries the conflict");
    let d = diags.iter().find(|x| x["code"] == "conflicting-figures").expect("diagnostic").clone();
    assert_eq!(d["source"], "claimlint");
    assert_eq!(d["severity"], 1, "error");
    let here = covered(text, &d["range"]);
    assert!(here.contains("80,000") || here.contains("150,000"), "the range covers the figure: {here:?}");
    // The figure's line starts with "Zoë 🎉 ": 7 characters, 8 UTF-16 units, 10 bytes before "Officials".
    let line = text.lines().nth(d["range"]["start"]["line"].as_u64().expect("line") as usize).expect("line");
    let before = &line[..line.find(here.as_str()).expect("on its line")];
    assert_eq!(d["range"]["start"]["character"].as_u64(), Some(before.encode_utf16().count() as u64));
    let related = d["relatedInformation"].as_array().expect("related information");
    let (other_uri, other_text) = if *uri == &a { (&b, &b_text) } else { (&a, &a_text) };
    let r = related.iter().find(|r| r["location"]["uri"] == **other_uri).expect("evidence in the other document");
    let there = covered(other_text, &r["location"]["range"]);
    assert!(there.contains("000") && there != here, "{there:?}");

    // An incremental edit adds a paragraph on top: the diagnostic moves down two lines.
    let uri = uri.to_string();
    let mut text = text.to_string();
    let insert_at = json!({ "line": 3, "character": 0 });
    let para = "The council met on Wednesday evening.\n\n";
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 },
                "contentChanges": [ { "range": { "start": insert_at, "end": insert_at }, "text": para } ] }),
    );
    text.insert_str(HEAD.len(), para);
    let moved = c.diagnostics(&uri, 2);
    let d2 = moved.iter().find(|x| x["code"] == "conflicting-figures").expect("still reported").clone();
    assert_eq!(d2["range"]["start"]["line"].as_u64(), d["range"]["start"]["line"].as_u64().map(|l| l + 2));
    assert_eq!(covered(&text, &d2["range"]), here);

    // The quick fix inserts a suppression with a reason above the finding; applied, it silences it.
    let actions = c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": d2["range"], "context": { "diagnostics": [d2] } }),
    );
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix");
    let edit = &action["edit"]["changes"][uri.as_str()][0];
    assert_eq!(edit["newText"], "<!-- claimlint-disable-next-line conflicting-figures: reason -->\n");
    assert_eq!(edit["range"]["start"], json!({ "line": d2["range"]["start"]["line"], "character": 0 }));
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 },
                "contentChanges": [ { "range": edit["range"], "text": edit["newText"] } ] }),
    );
    let after = c.diagnostics(&uri, 3);
    assert!(!after.iter().any(|x| x["code"] == "conflicting-figures"), "{after:?}");

    let shutdown = c.request("shutdown", Value::Null);
    assert!(shutdown.is_null());
    c.notify("exit", Value::Null);
    let status = c.child.wait().expect("the server exits");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn workspace_files_are_evidence_for_an_open_draft() {
    let dir = util::scratch("lsp-workspace");
    let archived = format!(
        "{HEAD}HARBOURTON - Officials in Norvik said 150,000 troops were deployed near the border on Thursday.\n"
    );
    util::write(&dir, "archive/b.md", archived.as_bytes());
    let draft = format!("{HEAD}Officials in Norvik said 80,000 troops were deployed near the border on Thursday.\n");
    let a = file_uri(&dir.join("draft.md"));
    let mut c = Client::start(&dir);
    c.request("initialize", json!({ "processId": null, "rootUri": file_uri(&dir), "capabilities": {} }));
    c.notify("initialized", json!({}));
    c.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": a, "languageId": "markdown", "version": 7, "text": draft } }),
    );
    let diags = c.diagnostics(&a, 7);
    let archived_uri = file_uri(&dir.join("archive/b.md"));
    let d = diags.iter().find(|d| d["code"] == "conflicting-figures").expect("the draft shows the conflict");
    assert_eq!(covered(&draft, &d["range"]), "80,000");
    let related = d["relatedInformation"].as_array().expect("related information");
    let r = related.iter().find(|x| x["location"]["uri"] == archived_uri).expect("links the archived article");
    assert!(covered(&archived, &r["location"]["range"]).starts_with("150,000"), "{r}");
    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);
    assert_eq!(c.child.wait().expect("exits").code(), Some(0));
}
