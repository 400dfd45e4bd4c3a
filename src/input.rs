//! Inputs: the INPUT arguments expanded into a stable, sorted list of
//! sources (files, files found by walking directories, standard input) and
//! read into bytes. Problems are [`InputError`]s naming the input.
//!
//! It does not decode or interpret what it reads.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{InputError, InputErrorKind};

/// One document source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in records and messages: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Read the whole source.
    pub fn read(&self) -> Result<Vec<u8>, InputError> {
        let result = match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
            }
            Source::File(p) => std::fs::read(p),
        };
        result.map_err(|e| InputError {
            input: self.name(),
            kind: InputErrorKind::from_io(e),
        })
    }
}

/// Expand INPUT arguments into sources, in order: each argument in turn,
/// directories walked recursively in sorted order (symbolic links followed,
/// loops reported). An empty list means standard input.
pub fn expand(args: &[PathBuf]) -> Vec<Result<Source, InputError>> {
    if args.is_empty() {
        return vec![Ok(Source::Stdin)];
    }
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
            continue;
        }
        expand_path(arg, &mut out);
    }
    out
}

fn expand_path(path: &Path, out: &mut Vec<Result<Source, InputError>>) {
    let fail = |kind| InputError {
        input: path.display().to_string(),
        kind,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return out.push(Err(fail(InputErrorKind::from_io(e)))),
    };
    if meta.is_file() {
        return out.push(Ok(Source::File(path.to_path_buf())));
    }
    if !meta.is_dir() {
        return out.push(Err(fail(InputErrorKind::NotAFile)));
    }
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => out.push(Ok(Source::File(e.into_path()))),
            Ok(_) => {}
            Err(e) => {
                let input = e.path().unwrap_or(path).display().to_string();
                let kind = match e.io_error().map(|io| io.kind()) {
                    Some(std::io::ErrorKind::PermissionDenied) => InputErrorKind::PermissionDenied,
                    _ if e.loop_ancestor().is_some() => {
                        InputErrorKind::Walk("symbolic link loop; not followed".to_string())
                    }
                    _ => InputErrorKind::Walk(e.to_string()),
                };
                out.push(Err(InputError { input, kind }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_directories_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.txt", "a.txt", "sub/c.txt", "sub/a.txt"] {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let names: Vec<String> = expand(&[dir.path().to_path_buf()])
            .into_iter()
            .map(|s| s.unwrap().name())
            .map(|n| n[dir.path().display().to_string().len() + 1..].to_string())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt", "sub/a.txt", "sub/c.txt"]);
    }

    #[test]
    fn missing_input_is_an_error_naming_it() {
        let r = expand(&[PathBuf::from("/no/such/file.txt")]);
        let e = r[0].as_ref().unwrap_err();
        assert_eq!(
            e.to_string(),
            "/no/such/file.txt: no such file or directory"
        );
        assert!(matches!(expand(&[]).as_slice(), [Ok(Source::Stdin)]));
    }
}
