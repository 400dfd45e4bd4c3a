//! Compression of inputs and outputs: gzip (every member of a concatenated
//! stream) and zstd, chosen by a file's extension (`.gz`, `.zst`), or for
//! standard input by its magic number.
//!
//! This module only wraps byte streams; it knows nothing of records.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;

/// A stream's compression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// zstd level for outputs: fast, as a batch step should be.
const ZSTD_LEVEL: i32 = 3;

impl Compression {
    /// The compression a path's extension names.
    ///
    /// ```
    /// use langsift::compress::Compression;
    /// assert_eq!(Compression::from_path("a/b.jsonl.gz".as_ref()), Compression::Gzip);
    /// assert_eq!(Compression::from_path("b.jsonl.zst".as_ref()), Compression::Zstd);
    /// assert_eq!(Compression::from_path("b.jsonl".as_ref()), Compression::None);
    /// ```
    pub fn from_path(path: &Path) -> Compression {
        match path.extension().and_then(|e| e.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst") => Compression::Zstd,
            _ => Compression::None,
        }
    }

    /// The compression the first bytes of a stream show.
    pub fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// The extension, with its dot (`""` for none).
    pub fn extension(self) -> &'static str {
        match self {
            Compression::None => "",
            Compression::Gzip => ".gz",
            Compression::Zstd => ".zst",
        }
    }

    /// Wrap a reader of compressed bytes into a buffered reader of plain bytes.
    pub fn reader<'a>(
        self,
        inner: impl Read + Send + 'a,
    ) -> io::Result<Box<dyn BufRead + Send + 'a>> {
        const BUF: usize = 256 * 1024;
        Ok(match self {
            Compression::None => Box::new(BufReader::with_capacity(BUF, inner)),
            Compression::Gzip => Box::new(BufReader::with_capacity(
                BUF,
                flate2::read::MultiGzDecoder::new(BufReader::new(inner)),
            )),
            Compression::Zstd => Box::new(BufReader::with_capacity(
                BUF,
                zstd::stream::read::Decoder::new(inner)?,
            )),
        })
    }

    /// Wrap a writer of plain bytes into one that compresses; call
    /// [`Encoder::finish`] to write the end of the stream.
    pub fn writer<W: Write + Send>(self, inner: W) -> io::Result<Encoder<W>> {
        Ok(match self {
            Compression::None => Encoder::Plain(inner),
            Compression::Gzip => Encoder::Gzip(flate2::write::GzEncoder::new(
                inner,
                flate2::Compression::fast(),
            )),
            Compression::Zstd => {
                Encoder::Zstd(zstd::stream::write::Encoder::new(inner, ZSTD_LEVEL)?)
            }
        })
    }
}

/// A compressing writer.
pub enum Encoder<W: Write> {
    Plain(W),
    Gzip(flate2::write::GzEncoder<W>),
    Zstd(zstd::stream::write::Encoder<'static, W>),
}

impl<W: Write> Encoder<W> {
    /// Write the end of the compressed stream and flush; returns the inner writer.
    pub fn finish(self) -> io::Result<W> {
        let mut w = match self {
            Encoder::Plain(w) => w,
            Encoder::Gzip(g) => g.finish()?,
            Encoder::Zstd(z) => z.finish()?,
        };
        w.flush()?;
        Ok(w)
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Plain(w) => w.write(buf),
            Encoder::Gzip(g) => g.write(buf),
            Encoder::Zstd(z) => z.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.write_all(buf),
            Encoder::Gzip(g) => g.write_all(buf),
            Encoder::Zstd(z) => z.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.flush(),
            Encoder::Gzip(g) => g.flush(),
            Encoder::Zstd(z) => z.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(c: Compression, members: usize) -> String {
        let mut bytes = Vec::new();
        for i in 0..members {
            let mut e = c.writer(Vec::new()).unwrap();
            writeln!(e, "member {i}").unwrap();
            bytes.extend(e.finish().unwrap());
        }
        assert_eq!(Compression::sniff(&bytes), c);
        let mut out = String::new();
        c.reader(&bytes[..])
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn every_member_of_a_concatenated_stream_is_read() {
        for c in [Compression::None, Compression::Gzip, Compression::Zstd] {
            assert_eq!(round_trip(c, 3), "member 0\nmember 1\nmember 2\n", "{c:?}");
        }
    }
}
