//! `claimlint lsp`: a language server over stdio, so editors show findings while the copy is written.
//!
//! Built on rust-analyzer's `lsp-server` (a blocking loop over channels, no async runtime). Every
//! open Markdown or text document, plus the Markdown, text and HTML files of the workspace folder
//! (the archive a draft is checked against, read and extracted once), is one corpus: on open and on
//! change the engine runs over all of it and each open document gets the findings that involve it. Evidence in the
//! other documents becomes `relatedInformation`, so the editor links to the conflicting article. A
//! code action inserts a `claimlint-disable-next-line` comment with a reason above the finding.
//!
//! LSP positions count UTF-16 code units (the default `positionEncoding`); claimlint's spans are
//! UTF-8 bytes, so every range goes through [`position`] and [`offset`].

use claimlint::{Document, Engine, Extraction, Finding, Severity};
use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionProviderCapability, Diagnostic,
    DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, InitializeParams, Location, NumberOrString, Position, PositionEncodingKind,
    PublishDiagnosticsParams, Range, ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit,
    Uri, WorkspaceEdit,
};
use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Workspace files read as background documents, at most (a newsroom archive belongs in `--against`).
const MAX_WORKSPACE_FILES: usize = 2000;

/// Runs the server until the client says `exit`; returns the exit code.
pub fn run() -> io::Result<u8> {
    let (connection, threads) = Connection::stdio();
    let capabilities = ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::INCREMENTAL)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    };
    let caps = serde_json::to_value(capabilities).map_err(io::Error::other)?;
    let init = match connection.initialize(caps) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("claimlint lsp: {e}");
            return Ok(2);
        }
    };
    let params: InitializeParams = serde_json::from_value(init).unwrap_or_default();
    let Some((_, engine)) = super::project_engine(&crate::cli::Inputs::default()) else { return Ok(2) };
    let workspace = workspace_root(&params).map(|root| read_workspace(&root, &engine)).unwrap_or_default();
    let mut server = Server { engine, open: BTreeMap::new(), workspace };
    let result = server.main_loop(&connection);
    drop(connection);
    threads.join()?;
    result.map(|()| 0)
}

/// An open document.
struct Open {
    text: String,
    version: i32,
}

struct Server {
    engine: Engine,
    /// Open documents by URI.
    open: BTreeMap<String, Open>,
    /// Workspace files, read and extracted once; an open document with the same URI replaces its file.
    workspace: Vec<Background>,
}

/// A workspace file: evidence for the open documents.
struct Background {
    uri: String,
    doc: Document,
    extraction: Extraction,
}

impl Server {
    fn main_loop(&mut self, conn: &Connection) -> io::Result<()> {
        for msg in &conn.receiver {
            match msg {
                Message::Request(req) => {
                    if conn.handle_shutdown(&req).map_err(io::Error::other)? {
                        return Ok(());
                    }
                    let resp = self.request(req);
                    send(conn, Message::Response(resp))?;
                }
                Message::Notification(n) => {
                    let published = self.notification(n);
                    for p in published {
                        let n = Notification::new(PublishDiagnostics::METHOD.to_string(), p);
                        send(conn, Message::Notification(n))?;
                    }
                }
                Message::Response(_) => {}
            }
        }
        Ok(())
    }

    fn request(&self, req: Request) -> Response {
        if req.method != CodeActionRequest::METHOD {
            return Response::new_err(req.id, -32601, format!("unhandled method {}", req.method));
        }
        match serde_json::from_value::<CodeActionParams>(req.params) {
            Ok(p) => Response::new_ok(req.id, self.code_actions(&p)),
            Err(e) => Response::new_err(req.id, -32602, e.to_string()),
        }
    }

    /// Applies a notification; returns the diagnostics to publish.
    fn notification(&mut self, n: Notification) -> Vec<PublishDiagnosticsParams> {
        let method = n.method.as_str();
        if method == DidOpenTextDocument::METHOD {
            let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) else { return Vec::new() };
            let d = p.text_document;
            if !is_prose(d.uri.as_str(), &d.language_id) {
                return Vec::new();
            }
            self.open.insert(d.uri.as_str().to_string(), Open { text: d.text, version: d.version });
        } else if method == DidChangeTextDocument::METHOD {
            let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) else { return Vec::new() };
            let Some(doc) = self.open.get_mut(p.text_document.uri.as_str()) else { return Vec::new() };
            for change in p.content_changes {
                match change.range {
                    Some(r) => {
                        let (s, e) = (offset(&doc.text, r.start), offset(&doc.text, r.end));
                        doc.text.replace_range(s..e.max(s), &change.text);
                    }
                    None => doc.text = change.text,
                }
            }
            doc.version = p.text_document.version;
        } else if method == DidCloseTextDocument::METHOD {
            let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) else { return Vec::new() };
            let uri = p.text_document.uri;
            if self.open.remove(uri.as_str()).is_none() {
                return Vec::new();
            }
            let mut out = self.diagnostics();
            out.push(PublishDiagnosticsParams { uri, diagnostics: Vec::new(), version: None });
            return out;
        } else if method != DidSaveTextDocument::METHOD {
            return Vec::new();
        }
        self.diagnostics()
    }

    /// Runs the engine over the open documents (extracted afresh) and the workspace files that are
    /// not open (extracted once), and words every open document's findings as LSP diagnostics.
    fn diagnostics(&self) -> Vec<PublishDiagnosticsParams> {
        let mut docs = Vec::new();
        let mut uris = Vec::new();
        for (uri, o) in &self.open {
            let name = uri_path(uri).unwrap_or_else(|| uri.clone());
            // Markdown front matter gives the published date, as on the command line.
            let (mut read, _) = claimlint::read_documents(&name, o.text.as_bytes());
            docs.push(read.pop().unwrap_or_else(|| Document::new(name, o.text.clone())));
            uris.push(uri.clone());
        }
        let mut extractions = self.engine.extract(&mut docs);
        for b in self.workspace.iter().filter(|b| !self.open.contains_key(&b.uri)) {
            docs.push(b.doc.clone());
            extractions.push(b.extraction.clone());
            uris.push(b.uri.clone());
        }
        let findings = self.engine.check_extracted(&docs, &extractions);
        let mut per_doc: HashMap<usize, Vec<Diagnostic>> = HashMap::new();
        // A finding shows in every open document it involves: at its own label there, with the
        // labels in the other documents as related information (a draft shows the conflict even when
        // the finding's primary label lies in an archived article).
        for f in &findings {
            let mut seen = Vec::new();
            for (i, l) in f.labels.iter().enumerate() {
                if l.doc < self.open.len() && !seen.contains(&l.doc) {
                    seen.push(l.doc);
                    per_doc.entry(l.doc).or_default().push(diagnostic(f, i, &docs, &uris));
                }
            }
        }
        self.open
            .iter()
            .enumerate()
            .filter_map(|(i, (uri, o))| {
                Some(PublishDiagnosticsParams {
                    uri: Uri::from_str(uri).ok()?,
                    diagnostics: per_doc.remove(&i).unwrap_or_default(),
                    version: Some(o.version),
                })
            })
            .collect()
    }

    /// One quick fix per claimlint diagnostic in the request: a suppression comment with a reason on
    /// the line above the finding.
    fn code_actions(&self, p: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some(doc) = self.open.get(uri.as_str()) else { return Vec::new() };
        let mut out = Vec::new();
        for d in &p.context.diagnostics {
            let Some(NumberOrString::String(rule)) = &d.code else { continue };
            if d.source.as_deref() != Some("claimlint") {
                continue;
            }
            let line_start = line_start(&doc.text, offset(&doc.text, d.range.start));
            let indent: String = doc.text[line_start..].chars().take_while(|c| *c == ' ' || *c == '\t').collect();
            let at = position(&doc.text, line_start);
            let edit = TextEdit {
                range: Range { start: at, end: at },
                new_text: format!("{indent}<!-- claimlint-disable-next-line {rule}: reason -->\n"),
            };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Suppress {rule} on this line (write the reason in the comment)"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(WorkspaceEdit { changes: Some([(uri.clone(), vec![edit])].into()), ..Default::default() }),
                ..Default::default()
            }));
        }
        out
    }
}

fn send(conn: &Connection, msg: Message) -> io::Result<()> {
    conn.sender.send(msg).map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
}

/// A finding as a diagnostic at its label `at`; the other labels are related information.
fn diagnostic(f: &Finding, at: usize, docs: &[Document], uris: &[String]) -> Diagnostic {
    let range_of = |doc: usize, span: claimlint::Span| {
        let t = &docs[doc].text;
        Range { start: position(t, span.start), end: position(t, span.end) }
    };
    let here = &f.labels[at];
    let related: Vec<DiagnosticRelatedInformation> = f
        .labels
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .filter_map(|(_, l)| {
            Some(DiagnosticRelatedInformation {
                location: Location { uri: Uri::from_str(&uris[l.doc]).ok()?, range: range_of(l.doc, l.span) },
                message: if l.message.is_empty() {
                    format!("evidence in {}", docs[l.doc].path)
                } else {
                    l.message.clone()
                },
            })
        })
        .collect();
    let mut message = f.message.clone();
    if let Some(h) = &f.help {
        message.push_str("\nhelp: ");
        message.push_str(h);
    }
    Diagnostic {
        range: range_of(here.doc, here.span),
        severity: Some(match f.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(f.rule.clone())),
        source: Some("claimlint".to_string()),
        message,
        related_information: if related.is_empty() { None } else { Some(related) },
        ..Default::default()
    }
}

/// Markdown and plain text, by language id or file extension.
fn is_prose(uri: &str, language_id: &str) -> bool {
    matches!(language_id, "markdown" | "plaintext" | "text")
        || [".md", ".markdown", ".txt", ".text"].iter().any(|e| uri.ends_with(e))
}

/// The LSP position (line, UTF-16 column) of a byte offset.
pub fn position(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = line_start(text, offset);
    let line = text.as_bytes()[..start].iter().filter(|&&b| b == b'\n').count();
    let character = text[start..offset].encode_utf16().count();
    Position { line: line as u32, character: character as u32 }
}

/// The byte offset of an LSP position; past the end of a line means its end, past the last line the
/// end of the text (clients may send either).
pub fn offset(text: &str, pos: Position) -> usize {
    let mut start = 0;
    for _ in 0..pos.line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut units = 0;
    for (i, c) in text[start..line_end].char_indices() {
        if units >= pos.character as usize {
            return start + i;
        }
        units += c.len_utf16();
    }
    line_end
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The folder of `rootUri` or the first workspace folder.
fn workspace_root(p: &InitializeParams) -> Option<PathBuf> {
    let folder = p.workspace_folders.as_ref().and_then(|f| f.first()).map(|f| f.uri.as_str().to_string());
    #[allow(deprecated)] // rootUri is deprecated in favour of workspaceFolders, which older clients lack
    let root = folder.or_else(|| p.root_uri.as_ref().map(|u| u.as_str().to_string()))?;
    uri_path(&root).map(PathBuf::from).filter(|p| p.is_dir())
}

/// The Markdown, text and HTML files under the workspace folder, read and extracted.
fn read_workspace(root: &Path, engine: &Engine) -> Vec<Background> {
    let mut files = Vec::new();
    super::walk(root, &mut files);
    let mut uris = Vec::new();
    let mut docs = Vec::new();
    for (name, p) in files.into_iter().take(MAX_WORKSPACE_FILES) {
        if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson") {
            continue;
        }
        let (Ok(bytes), Ok(abs)) = (std::fs::read(&p), std::path::absolute(&p)) else { continue };
        if let Some(d) = claimlint::read_documents(&name, &bytes).0.pop() {
            uris.push(path_uri(&abs.display().to_string()));
            docs.push(d);
        }
    }
    let extractions = engine.extract(&mut docs);
    uris.into_iter()
        .zip(docs)
        .zip(extractions)
        .map(|((uri, doc), extraction)| Background { uri, doc, extraction })
        .collect()
}

/// `file:///a/b%20c.md` → `/a/b c.md`.
fn uri_path(uri: &str) -> Option<String> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = rest.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// `/a/b c.md` → `file:///a/b%20c.md`.
fn path_uri(path: &str) -> String {
    let mut out = String::from("file://");
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_positions_round_trip() {
        let t = "ab\nZoë 🎉 x\n\nlast";
        for (byte, line, ch) in
            [(0, 0, 0), (3, 1, 0), (5, 1, 2), (7, 1, 3), (8, 1, 4), (12, 1, 6), (13, 1, 7), (16, 3, 0)]
        {
            let p = position(t, byte);
            assert_eq!((p.line, p.character), (line, ch), "byte {byte}");
            assert_eq!(offset(t, p), byte, "position {p:?}");
        }
        // Inside a character: the character's start.
        assert_eq!(position(t, 6), Position { line: 1, character: 2 });
        // A position inside a surrogate pair, past the end of a line or of the text.
        assert_eq!(offset(t, Position { line: 1, character: 5 }), 12);
        // Past the end of a line or of the text.
        assert_eq!(offset(t, Position { line: 0, character: 99 }), 2);
        assert_eq!(offset(t, Position { line: 9, character: 0 }), t.len());
    }

    #[test]
    fn file_uris() {
        assert_eq!(path_uri("/news/a b.md"), "file:///news/a%20b.md");
        assert_eq!(uri_path("file:///news/a%20b.md").as_deref(), Some("/news/a b.md"));
        assert_eq!(uri_path("untitled:1"), None);
    }
}
