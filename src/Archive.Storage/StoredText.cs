using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Archive.Storage;

/// <summary>
/// A report text as stored (issue 25: the two texts were 28 of 65 MB at 2,000 reports): the UTF-8 bytes
/// Brotli-compressed behind a two-byte tag. 0xFF never starts UTF-8, so a value without the tag is plain UTF-8 —
/// what an archive written before this change holds (SQLite hands a TEXT value over as its UTF-8 bytes).
/// </summary>
public static class StoredText
{
    private const byte Tag = 0xFF;
    private const byte FormatBrotliV1 = 1;

    // Quality 4, window 22: on the 2,000 generated normalized texts (12.6 MB of UTF-8) quality 1 left 3.3 MB, 4 left
    // 2.6 MB and 9 left 2.3 MB at about 4x the time of 4; the store is on ingest's critical path.
    private const int Quality = 4;
    private const int Window = 22;

    /// <summary>The stored form of <paramref name="text"/>.</summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var stored = new byte[2 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        stored[0] = Tag;
        stored[1] = FormatBrotliV1;
        if (!BrotliEncoder.TryCompress(utf8, stored.AsSpan(2), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress the text.");
        }

        return stored[..(2 + written)];
    }

    /// <summary>The text of a stored value: compressed by <see cref="Encode"/>, or plain UTF-8 (written before it).</summary>
    public static string Decode(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length < 2 || stored[0] != Tag)
        {
            return Encoding.UTF8.GetString(stored);
        }

        if (stored[1] != FormatBrotliV1)
        {
            throw new InvalidDataException($"Unknown stored text format {stored[1]}.");
        }

        return DecodeBrotli(stored.AsSpan(2));
    }

    /// <remarks>
    /// One decoder writing straight into a pooled buffer, then one UTF-8 decode: against a BrotliStream copied into a
    /// MemoryStream, (see BENCHMARKS.md) per text of the 10k generated archive, read for every page of search snippets.
    /// </remarks>
    private static string DecodeBrotli(ReadOnlySpan<byte> source)
    {
        // The texts shrink to about a fifth (see Quality): 8x the stored size holds nearly all in one go.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1024, source.Length * 8));
        var written = 0;
        try
        {
            using var decoder = new BrotliDecoder();
            while (true)
            {
                var status = decoder.Decompress(source, buffer.AsSpan(written), out var consumed, out var produced);
                source = source[consumed..];
                written += produced;
                if (status == OperationStatus.Done)
                {
                    return Encoding.UTF8.GetString(buffer, 0, written);
                }

                if (status != OperationStatus.DestinationTooSmall)
                {
                    throw new InvalidDataException("The stored text is not a complete Brotli stream.");
                }

                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, written).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Maps a report text property to its <see cref="StoredText"/> form (bytes in any provider: BLOB, bytea).</summary>
internal sealed class StoredTextConverter() : ValueConverter<string, byte[]>(
    text => StoredText.Encode(text),
    stored => StoredText.Decode(stored));
