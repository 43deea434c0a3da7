using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Archive.Storage;

/// <summary>
/// A report text as stored (issue 25: the two texts were 28 of 65 MB at 2,000 reports): the UTF-8 bytes
/// Brotli-compressed behind a two-byte tag. 0xFF never starts UTF-8, so a value without the tag is plain UTF-8 —
/// what an archive written before this change holds (SQLite hands a TEXT value over as its UTF-8 bytes).
/// An original text is stored as an edit script against its normalized text where that is shorter
/// (<see cref="EncodeOriginal"/>): normalization only drops characters and turns CR into LF.
/// </summary>
public static class StoredText
{
    private const byte Tag = 0xFF;
    private const byte FormatBrotliV1 = 1;
    private const byte FormatEditsV2 = 2;

    // Quality 4, window 22: on the 2,000 generated normalized texts (12.6 MB of UTF-8) quality 1 left 3.3 MB, 4 left
    // 2.6 MB and 9 left 2.3 MB at about 4x the time of 4; the store is on ingest's critical path.
    private const int Quality = 4;
    private const int Window = 22;

    /// <summary>The stored form of <paramref name="text"/>.</summary>
    public static byte[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Compress(Encoding.UTF8.GetBytes(text), FormatBrotliV1);
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
            throw new InvalidDataException(stored[1] == FormatEditsV2
                ? "An original text stored as edits is read beside its normalized text (DecodeOriginal)."
                : $"Unknown stored text format {stored[1]}.");
        }

        return Decompressed(stored.AsSpan(2), normalized: null);
    }

    /// <summary>
    /// The stored form of an original text beside its <paramref name="normalized"/> text: null where the two are equal,
    /// else an edit script that rebuilds the original from the normalized text (format 2), or the whole original
    /// compressed (format 1) when no short script was found. On the 2,000 generated reports the 1,042 originals that
    /// differ took 2.8 MB whole and 79 KB as scripts (76 bytes each). The script is checked by applying it before it
    /// is returned.
    /// </summary>
    public static byte[]? EncodeOriginal(string original, string normalized)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(normalized);
        if (string.Equals(original, normalized, StringComparison.Ordinal))
        {
            return null;
        }

        var (script, inserted) = OriginalEdits.Script(original, normalized);
        if (!string.Equals(OriginalEdits.Apply(script, normalized), original, StringComparison.Ordinal))
        {
            return Encode(original);
        }

        // A script inserting most of the original is not what normalization makes (some other text): the shorter
        // form is kept.
        var edits = Compress(script, FormatEditsV2);
        if (inserted * 2 > original.Length && Encode(original) is { } whole && whole.Length <= edits.Length)
        {
            return whole;
        }

        return edits;
    }

    /// <summary>
    /// The original text of a stored value beside its <paramref name="normalized"/> text: the normalized text itself
    /// where nothing was stored, the edit script of <see cref="EncodeOriginal"/> applied to it, or the text as
    /// <see cref="Decode"/> reads it (a whole original, as every archive stored before format 2).
    /// </summary>
    public static string DecodeOriginal(byte[]? stored, string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (stored is null)
        {
            return normalized;
        }

        return stored.Length >= 2 && stored[0] == Tag && stored[1] == FormatEditsV2
            ? Decompressed(stored.AsSpan(2), normalized)
            : Decode(stored);
    }

    private static byte[] Compress(byte[] bytes, byte format)
    {
        var stored = new byte[2 + BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        stored[0] = Tag;
        stored[1] = format;
        if (!BrotliEncoder.TryCompress(bytes, stored.AsSpan(2), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress the text.");
        }

        return stored[..(2 + written)];
    }

    /// <summary>
    /// The Brotli stream <paramref name="source"/> decompressed: as UTF-8 text, or, beside a
    /// <paramref name="normalized"/> text, as the edit script that rebuilds an original from it.
    /// </summary>
    /// <remarks>
    /// One decoder writing straight into a pooled buffer, then one UTF-8 decode: 35.6 -> 29.5 us CPU per text of the
    /// 10k generated archive against a BrotliStream copied into a MemoryStream (bench text-decode); texts are read for
    /// every page of search snippets.
    /// </remarks>
    private static string Decompressed(ReadOnlySpan<byte> source, string? normalized)
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
                    return normalized is null
                        ? Encoding.UTF8.GetString(buffer, 0, written)
                        : OriginalEdits.Apply(buffer.AsSpan(0, written), normalized);
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
