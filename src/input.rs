//! Inputs: the INPUT arguments expanded into a stable, sorted list of
//! sources (files, files found by walking directories, standard input),
//! the choice of a shard of them, and the opening of each as a stream of
//! plain bytes (decompressed by extension). Problems are [`InputError`]s
//! naming the input.
//!
//! It does not decode or interpret what it reads; [`crate::document`] turns
//! the streams into documents.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use crate::compress::Compression;
use crate::config::{InputFormat, Shard};
use crate::error::{InputError, InputErrorKind};

/// One input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File {
        /// The path as given or found by walking.
        path: PathBuf,
        /// The path below the INPUT argument it was found under (its file
        /// name for a file argument): what `--output-dir` mirrors and
        /// `--shard` hashes.
        rel: PathBuf,
    },
}

impl Source {
    /// A file named directly.
    pub fn file(path: impl Into<PathBuf>) -> Source {
        let path = path.into();
        let rel = path
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| path.clone());
        Source::File { path, rel }
    }

    /// The name used in records and messages: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File { path, .. } => path.display().to_string(),
        }
    }

    /// The path below its INPUT argument (`-` for standard input).
    pub fn rel(&self) -> &Path {
        match self {
            Source::Stdin => Path::new("-"),
            Source::File { rel, .. } => rel,
        }
    }

    /// Whether the source holds JSONL (one document per line) under `format`.
    pub fn is_jsonl(&self, format: InputFormat) -> bool {
        match (format, self) {
            (InputFormat::Jsonl, _) => true,
            (InputFormat::Text, _) | (InputFormat::Auto, Source::Stdin) => false,
            (InputFormat::Auto, Source::File { path, .. }) => {
                let name = path.to_string_lossy();
                let name = name
                    .strip_suffix(".gz")
                    .or_else(|| name.strip_suffix(".zst"))
                    .unwrap_or(&name);
                name.ends_with(".jsonl") || name.ends_with(".ndjson")
            }
        }
    }

    /// The source's compression: by extension for a file, by its first
    /// bytes for standard input.
    fn compression(&self, head: &[u8]) -> Compression {
        match self {
            Source::Stdin => Compression::sniff(head),
            Source::File { path, .. } => Compression::from_path(path),
        }
    }

    /// The source's size in bytes as stored, if known (for progress).
    pub fn stored_len(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
        }
    }

    /// Open the source as a stream of plain (decompressed) bytes; `tap` sees
    /// every stored byte read, for progress.
    ///
    /// A compressed input that expands past `max_decompressed` bytes fails
    /// there with [`InputErrorKind::DecompressedTooLarge`].
    pub fn open(
        &self,
        tap: impl FnMut(usize) + Send + 'static,
        max_decompressed: u64,
    ) -> Result<Box<dyn BufRead + Send>, InputError> {
        let fail = |e| InputError {
            input: self.name(),
            kind: InputErrorKind::from_io(e),
        };
        let raw: Box<dyn Read + Send> = match self {
            Source::Stdin => Box::new(std::io::stdin()),
            Source::File { path, .. } => Box::new(std::fs::File::open(path).map_err(fail)?),
        };
        let mut raw = std::io::BufReader::with_capacity(64 * 1024, Tap { inner: raw, tap });
        let head = raw.fill_buf().map_err(fail)?;
        let compression = self.compression(head);
        let plain = compression.reader(raw).map_err(fail)?;
        if compression == Compression::None {
            return Ok(plain);
        }
        Ok(Box::new(std::io::BufReader::with_capacity(
            64 * 1024,
            Limited {
                inner: plain,
                left: max_decompressed,
                limit: max_decompressed,
            },
        )))
    }

    /// Read the whole source, decompressed.
    pub fn read(&self) -> Result<Vec<u8>, InputError> {
        let mut buf = Vec::new();
        self.open(|_| {}, crate::config::DEFAULT_MAX_DECOMPRESSED_BYTES)?
            .read_to_end(&mut buf)
            .map_err(|e| InputError {
                input: self.name(),
                kind: InputErrorKind::from_io(e),
            })?;
        Ok(buf)
    }
}

/// A reader that fails once more than `limit` bytes have come through it.
struct Limited<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            self.left = 0;
            return Err(std::io::Error::other(crate::error::DecompressedLimit(
                self.limit,
            )));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// A reader that reports how many bytes pass.
struct Tap<R, F> {
    inner: R,
    tap: F,
}

impl<R: Read, F: FnMut(usize)> Read for Tap<R, F> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.tap)(n);
        Ok(n)
    }
}

impl Shard {
    /// Whether the input at `rel` (its path below its INPUT argument, see
    /// [`Source::rel`]) belongs to this shard: FNV-1a of the path, modulo
    /// the shard count. Stable across machines and
    /// runs, whatever else is in the listing.
    pub fn contains(&self, rel: &Path) -> bool {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in rel.to_string_lossy().bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        (h % self.count as u64) as u32 == self.index
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
        return out.push(Ok(Source::file(path)));
    }
    if !meta.is_dir() {
        return out.push(Err(fail(InputErrorKind::NotAFile)));
    }
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e
                    .path()
                    .strip_prefix(path)
                    .unwrap_or(e.path())
                    .to_path_buf();
                out.push(Ok(Source::File {
                    path: e.into_path(),
                    rel,
                }))
            }
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
