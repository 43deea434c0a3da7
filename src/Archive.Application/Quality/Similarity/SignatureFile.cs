using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Archive.Application.Quality.Similarity;

/// <summary>One report version's MinHash signature as kept on disk.</summary>
/// <param name="UpdatedTicks">The stored version it was computed from (<c>Reports.UpdatedAt</c> ticks).</param>
/// <param name="Shingles">Distinct prose shingles; below <see cref="ReportProse.MinimumShingles"/> the report is never compared.</param>
public sealed record ReportSignature(long ReportId, long UpdatedTicks, int Shingles, uint[] Mins);

/// <summary>
/// The signatures beside the search index (<c>DATA/similarity.sig</c>), a cache that can always be recomputed from the
/// stored texts: a header, then fixed-size records appended as reports are signed. A record cut short by a crash is
/// dropped on reading; a report signed again has its later record win. The file is rewritten whole (temporary file,
/// then rename) when more than half its records are stale. Not an EF table, so storage migrations stay untouched.
/// </summary>
public static class SignatureFile
{
    public const string FileName = "similarity.sig";

    // The version of what a signature is computed from: 002 leaves out the template's outline sentence (ReportProse),
    // so a file of 001 is signed again rather than read.
    private static readonly byte[] Magic = "ARSIG002"u8.ToArray();
    private const int HeaderSize = 16;
    private const int RecordSize = 8 + 8 + 4 + (MinHash.Size * 4);

    /// <summary>The records in the file (the last one per report id), empty when there is no file or it was written with other parameters.</summary>
    public static Dictionary<long, ReportSignature> Read(string path, out int records)
    {
        records = 0;
        var result = new Dictionary<long, ReportSignature>();
        if (!File.Exists(path))
        {
            return result;
        }

        using var stream = Open(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var header = new byte[HeaderSize];
        if (stream.Read(header) != HeaderSize || !header.AsSpan(0, 8).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8)) != MinHash.Size
            || BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12)) != ReportProse.ShingleLength)
        {
            return result;
        }

        var record = new byte[RecordSize];
        while (stream.ReadAtLeast(record, RecordSize, throwOnEndOfStream: false) == RecordSize)
        {
            records++;
            var signature = Decode(record);
            result[signature.ReportId] = signature;
        }

        return result;
    }

    /// <summary>Appends <paramref name="signatures"/> (one write, so a crash loses at most its tail).</summary>
    public static void Append(string path, IReadOnlyCollection<ReportSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Exclusive: two processes ingesting into one data directory append one after the other.
        using var stream = Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        if (stream.Length < HeaderSize)
        {
            stream.SetLength(0);
            stream.Write(Header());
        }
        else
        {
            // Past the last whole record: a torn tail from a crash is overwritten.
            stream.Position = HeaderSize + ((stream.Length - HeaderSize) / RecordSize * RecordSize);
        }

        stream.Write(Encode(signatures));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Writes exactly <paramref name="signatures"/> to a new file and moves it over <paramref name="path"/>.</summary>
    public static void Rewrite(string path, IReadOnlyCollection<ReportSignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Header());
            stream.Write(Encode(signatures));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Opens the file, waiting while another process appends (on Linux .NET takes flock: shared for readers,
    /// exclusive for the appender); an append is one write of at most 256 records, so the wait is short.
    /// </summary>
    private static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, mode, access, share, 1 << 16);
            }
            catch (IOException) when (attempt < 100 && File.Exists(path))
            {
                Thread.Sleep(50);
            }
        }
    }

    private static byte[] Header()
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), MinHash.Size);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), ReportProse.ShingleLength);
        return header;
    }

    private static byte[] Encode(IReadOnlyCollection<ReportSignature> signatures)
    {
        var bytes = new byte[signatures.Count * RecordSize];
        var at = 0;
        foreach (var signature in signatures)
        {
            var record = bytes.AsSpan(at, RecordSize);
            BinaryPrimitives.WriteInt64LittleEndian(record, signature.ReportId);
            BinaryPrimitives.WriteInt64LittleEndian(record[8..], signature.UpdatedTicks);
            BinaryPrimitives.WriteInt32LittleEndian(record[16..], signature.Shingles);
            MemoryMarshal.AsBytes(signature.Mins.AsSpan()).CopyTo(record[20..]);
            at += RecordSize;
        }

        return bytes;
    }

    private static ReportSignature Decode(ReadOnlySpan<byte> record) => new(
        BinaryPrimitives.ReadInt64LittleEndian(record),
        BinaryPrimitives.ReadInt64LittleEndian(record[8..]),
        BinaryPrimitives.ReadInt32LittleEndian(record[16..]),
        MemoryMarshal.Cast<byte, uint>(record[20..]).ToArray());
}
