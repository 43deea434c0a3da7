using System.Security.Cryptography;
using System.Text;
using Archive.Core.Reports;
using Archive.Ingest.Decoding;
using Archive.Ingest.Normalization;

namespace Archive.Ingest.Pipeline;

/// <summary>
/// read bytes → decode → normalize → understand: everything ingest does before storing, as small steps.
/// Pure apart from reading the file; safe to call from several threads.
/// </summary>
public sealed class ReportPreparer(IReportExtractor extractor, IngestOptions options)
{
    /// <summary>Reads and prepares the file at <paramref name="path"/>.</summary>
    /// <exception cref="IngestException">The file cannot be ingested; the message is the reason.</exception>
    public async Task<PreparedReport> PrepareFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(path, cancellationToken);
        return Prepare(path, bytes);
    }

    /// <summary>Prepares report bytes that did not come from a file path of ours (e.g. an API upload).</summary>
    public PreparedReport Prepare(string sourcePath, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new IngestException("empty file");
        }

        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes);
        }
        catch (UndecodableTextException ex)
        {
            throw new IngestException(ex.Message);
        }

        var normalized = TextNormalizer.Normalize(decoded.Text);
        if (normalized.Text.AsSpan().Trim().IsEmpty)
        {
            throw new IngestException("no text (only white space)");
        }

        var fileName = Path.GetFileName(sourcePath);
        var extracted = extractor.Extract(decoded.Text, fileName);
        var metrics = extracted.Metrics.Select(m =>
        {
            var (start, end) = normalized.SpanToNormalized(m.Start, m.End);
            return m with { Start = start, End = end };
        }).ToList();

        var source = new SourceFileInfo(
            FileType: Path.GetExtension(sourcePath).TrimStart('.').ToLowerInvariant() is { Length: > 0 } ext ? ext : "txt",
            SizeBytes: bytes.Length,
            Encoding: decoded.Encoding,
            FileHash: Convert.ToHexStringLower(SHA256.HashData(bytes)));

        return new PreparedReport(
            sourcePath,
            ContentHash(normalized.Text),
            decoded.Text,
            normalized.Text,
            extracted,
            metrics,
            source);
    }

    /// <summary>SHA-256 (lowercase hex) of the UTF-8 bytes of the normalized text.</summary>
    public static string ContentHash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)));

    private async Task<byte[]> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new IngestException("is a directory, not a file");
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new IngestException("file not found");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new IngestException($"unreadable path: {ex.Message}");
        }

        if (info.Length > options.MaxFileBytes)
        {
            throw new IngestException($"file is {info.Length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit");
        }

        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IngestException($"cannot read: {ex.Message}");
        }
    }
}
