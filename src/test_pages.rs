//! For unit tests only: the texts of the pages a unit test checks a fast
//! path or a second path against (the sample pages and the cleaning
//! evaluation's development pages), read from the repository.

/// Every sample and development page's text.
pub(crate) fn texts() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["samples/pages", "tests/data/clean/dev"] {
        let entries = std::fs::read_dir(root.join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}"));
        for entry in entries {
            let path = entry.unwrap().path();
            out.push(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}")));
        }
    }
    out
}
