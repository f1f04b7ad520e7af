//! Message templates: `{name}` placeholders filled from a violation's bindings.

/// The placeholders of a template, in order.
pub(crate) fn placeholders(t: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            if let Some(j) = t[i + 1..].find('}') {
                let name = &t[i + 1..i + 1 + j];
                out.push((name.to_string(), i));
                i += j + 2;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Fills a template; unknown placeholders were rejected at load time and are left as written.
pub(crate) fn render(t: &str, bindings: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(t.len() + 32);
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                let name = &after[..j];
                match bindings.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_and_lists() {
        let b = [("value", "21,000".to_string()), ("other", "22,000".to_string())];
        assert_eq!(render("{value} here but {other}", &b), "21,000 here but 22,000");
        assert_eq!(render("no {x} or {", &b), "no {x} or {");
        let p: Vec<String> = placeholders("{a} and {b}").into_iter().map(|x| x.0).collect();
        assert_eq!(p, ["a", "b"]);
    }
}
