using System.Security.Cryptography;
using System.Text;
using Archive.Core.Reports;
using Archive.Core.Text;
using Archive.Ingest.Normalization;
using Archive.Ingest.Readers;

namespace Archive.Ingest.Pipeline;

/// <summary>
/// read bytes → read the document (sniffed: text, web page, PDF, Word) → normalize → understand: everything
/// ingest does before storing, as small steps. Pure apart from reading the file; safe to call from several threads.
/// </summary>
public sealed class ReportPreparer(IReportExtractor extractor, IngestOptions options)
{
    private readonly DocumentReaders _readers = new(options.DocumentLimits());

    /// <summary>Reads and prepares the file at <paramref name="path"/>.</summary>
    /// <exception cref="IngestException">The file cannot be ingested; the message is the reason.</exception>
    public async Task<PreparedReport> PrepareFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(path, cancellationToken);
        return PrepareBytes(path, bytes, cancellationToken);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> and prepares it unless <paramref name="isUnchanged"/> says its bytes
    /// (SHA-256, lowercase hex) are stored already: then null, without decoding or extracting (a re-ingest of an
    /// unchanged archive costs a read and a hash per file).
    /// </summary>
    /// <exception cref="IngestException">The file cannot be ingested; the message is the reason.</exception>
    public async Task<PreparedReport?> PrepareFileIfChangedAsync(string path, Func<string, bool> isUnchanged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(isUnchanged);
        var bytes = await ReadBytesAsync(path, cancellationToken);
        return isUnchanged(Convert.ToHexStringLower(SHA256.HashData(bytes))) ? null : PrepareBytes(path, bytes, cancellationToken);
    }

    /// <summary>Prepares report bytes that did not come from a file path of ours (e.g. an API upload).</summary>
    public PreparedReport Prepare(string sourcePath, ReadOnlySpan<byte> bytes) =>
        PrepareBytes(sourcePath, bytes.ToArray(), CancellationToken.None);

    /// <summary>SHA-256 (lowercase hex) of the UTF-8 bytes of the normalized text.</summary>
    public static string ContentHash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)));

    // 政务公开 and 依申请公开 name the same work: a report page that speaks only of 政府信息与政务公开 and its 依申请公开
    // applications (a city bureau's 2017 report) is one.
    private static bool SpeaksOfDisclosure(string text) =>
        text.Contains("信息公开", StringComparison.Ordinal) || text.Contains("政务公开", StringComparison.Ordinal) || text.Contains("依申请公开", StringComparison.Ordinal);

    private PreparedReport PrepareBytes(string sourcePath, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length == 0)
        {
            throw new IngestException("empty file");
        }

        var decoded = ReadDocument(bytes, cancellationToken);
        var normalized = TextNormalizer.Normalize(decoded.Text);
        if (normalized.Text.AsSpan().Trim().IsEmpty)
        {
            throw new IngestException("no text (only white space)");
        }

        if (TextPlausibility.Refusal(normalized.Text) is { } refusal)
        {
            throw new IngestException(refusal);
        }

        var fileName = Path.GetFileName(sourcePath);
        var extracted = extractor.Extract(decoded.Text, fileName);
        if (!SpeaksOfDisclosure(normalized.Text) && !SpeaksOfDisclosure(SimplifiedForms.MapDocument(normalized.Text)))
        {
            // Chinese text, but not about information disclosure: kept (precision over recall is the flag's job,
            // not a refusal's), marked so searches and metrics can leave it out.
            extracted = extracted with
            {
                Flags = [.. extracted.Flags, new ReportFlag(FlagKind.NotAReport, "no 信息公开, 政务公开 or 依申请公开 (information disclosure) anywhere in the text")],
            };
        }
        var metrics = extracted.Metrics.Select(m =>
        {
            var (start, end) = normalized.SpanToNormalized(m.Start, m.End);
            return m with { Start = start, End = end };
        }).ToList();

        var cells = extracted.Cells.Select(c =>
        {
            if (c.Start < 0 || c.End < c.Start || c.End > decoded.Text.Length)
            {
                return c with { Start = -1, End = -1 };
            }

            var (start, end) = normalized.SpanToNormalized(c.Start, c.End);
            return c with { Start = start, End = end };
        }).ToList();

        var source = new SourceFileInfo(
            FileType: decoded.FileType,
            SizeBytes: bytes.Length,
            Encoding: decoded.Encoding,
            FileHash: Convert.ToHexStringLower(SHA256.HashData(bytes.Span)));

        return new PreparedReport(
            sourcePath,
            ContentHash(normalized.Text),
            decoded.Text,
            normalized.Text,
            extracted,
            metrics,
            source)
        {
            Cells = cells,
        };
    }

    private DocumentText ReadDocument(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            return ReadWithinTimeBudget(bytes, cancellationToken);
        }
        catch (UnreadableDocumentException ex)
        {
            throw new IngestException(ex.Message);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // A reader library failing on a strange file must cost that file, not the batch.
            throw new IngestException($"unreadable {DocumentSniffer.Sniff(bytes.Span)} document: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// The reader gets a token that fires at the time budget and the document is refused when the budget is
    /// spent. Cooperative on purpose: a reader on a thread of its own would hold a pool thread blocked per
    /// upload (the server's threads ran short under load) and an abandoned one would still burn the core. The
    /// budgets of <see cref="DocumentBudgets"/> refuse the known slow shapes before any reader starts.
    /// </summary>
    private DocumentText ReadWithinTimeBudget(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.DocumentTimeBudget);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var text = _readers.Read(bytes, budget.Token);
            return clock.Elapsed <= options.DocumentTimeBudget ? text : throw BudgetSpent();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw BudgetSpent();
        }
    }

    private IngestException BudgetSpent() =>
        new($"reading the document took over {options.DocumentTimeBudget.TotalSeconds:F0} s (its time budget); refused");

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
                throw new IngestException(info.LinkTarget is null ? "file not found" : BrokenLinkReason(info));
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

        return await RegularFileReader.ReadAsync(path, options.MaxFileBytes, cancellationToken);
    }

    private static string BrokenLinkReason(FileInfo link)
    {
        try
        {
            link.ResolveLinkTarget(returnFinalTarget: true);
            return "broken symbolic link";
        }
        catch (IOException)
        {
            return "symbolic link loop";
        }
    }
}
