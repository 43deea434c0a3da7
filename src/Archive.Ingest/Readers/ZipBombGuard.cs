using System.IO.Compression;

namespace Archive.Ingest.Readers;

/// <summary>
/// Checks a zip before a library inflates it: entry count, declared sizes, and the real inflated size of the
/// entries that will be parsed, counted while streaming and abandoned at the limit (declared sizes can lie).
/// </summary>
public static class ZipBombGuard
{
    /// <exception cref="UnreadableDocumentException">The archive is damaged or exceeds a limit.</exception>
    public static void Check(ReadOnlyMemory<byte> bytes, IReadOnlyCollection<string> entriesToInflate, DocumentReaderLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(new ReadOnlyMemoryStream(bytes), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxArchiveEntries)
            {
                throw new UnreadableDocumentException($"zip holds {archive.Entries.Count} entries, over the limit of {limits.MaxArchiveEntries}");
            }

            long declaredTotal = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > limits.MaxArchiveEntryBytes)
                {
                    throw new UnreadableDocumentException(
                        $"zip entry {entry.FullName} expands to {entry.Length / (1024 * 1024)} MB, over the {limits.MaxArchiveEntryBytes / (1024 * 1024)} MB limit (zip bomb?)");
                }

                declaredTotal += entry.Length;
            }

            if (declaredTotal > limits.MaxArchiveTotalBytes)
            {
                throw new UnreadableDocumentException(
                    $"zip expands to {declaredTotal / (1024 * 1024)} MB, over the {limits.MaxArchiveTotalBytes / (1024 * 1024)} MB limit (zip bomb?)");
            }

            foreach (var name in entriesToInflate)
            {
                var entry = archive.GetEntry(name);
                if (entry is not null)
                {
                    CheckInflatedSize(entry, limits.MaxArchiveEntryBytes, cancellationToken);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableDocumentException("damaged zip: " + ex.Message, ex);
        }
    }

    private static void CheckInflatedSize(ZipArchiveEntry entry, long limit, CancellationToken cancellationToken)
    {
        using var stream = entry.Open();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new UnreadableDocumentException(
                    $"zip entry {entry.FullName} expands beyond {limit / (1024 * 1024)} MB although it declares {entry.Length} bytes (zip bomb?)");
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
