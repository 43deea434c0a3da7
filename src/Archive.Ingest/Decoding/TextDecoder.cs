using System.Text;

namespace Archive.Ingest.Decoding;

/// <summary>
/// Turns report bytes into text: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030
/// (a superset of GBK and GB2312) when the bytes are not valid UTF-8, then Big5 when the GB18030 reading is junk.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictGb18030 = CreateStrict("GB18030");

    private static readonly Encoding StrictBig5 = CreateStrict("big5");

    /// <summary>Junk characters among the non-space ones above which a reading is the wrong encoding's.</summary>
    private const double MaxJunkShare = 0.01;

    /// <summary>Decodes <paramref name="bytes"/>; the result says which encoding was used.</summary>
    /// <exception cref="UndecodableTextException">The bytes are not text in any supported encoding.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new UndecodableTextException("binary content (NUL bytes) without a UTF-16 byte-order mark");
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Chinese government files are otherwise GB18030/GBK.
        }

        // Big5 pages (traditional-character mirrors) read as "valid" GB18030 too, but a fifth of their hanzi land in
        // GB18030's user-defined (private-use) areas: 163 of 784 characters in one real report. Big5 is tried only then.
        var gb = StrictGb18030.GetString(bytes);
        if (IsJunk(gb) && TryStrict(bytes, StrictBig5) is { } big5 && !IsJunk(big5))
        {
            return new DecodedText(big5, "big5");
        }

        return Strict(bytes, StrictGb18030, "gb18030");
    }

    /// <summary>
    /// Whether more than 1 % of the non-space characters are control, private-use or replacement characters: what
    /// bytes read in the wrong legacy encoding give, and real report text does not (0 in every real report).
    /// </summary>
    public static bool IsJunk(string text)
    {
        int nonSpace = 0, junk = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            nonSpace++;
            if (char.IsControl(c) || c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF')
            {
                junk++;
            }
        }

        return junk > nonSpace * MaxJunkShare;
    }

    private static string? TryStrict(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding CreateStrict(string name)
    {
        // GB18030 and Big5 ship in the code-pages provider, not in the core runtime's encodings.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return LooksLikeText(text)
                ? new DecodedText(text, name)
                : throw new UndecodableTextException($"decoded as {name}, but the result is mostly control characters");
        }
        catch (DecoderFallbackException ex)
        {
            throw new UndecodableTextException($"not valid {name}: {ex.Message}");
        }
    }

    /// <summary>Random bytes can decode as GB18030; real text has few control characters.</summary>
    private static bool LooksLikeText(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control * 50 < text.Length;
    }
}

/// <summary>Decoded text and the name of the encoding it came from.</summary>
public sealed record DecodedText(string Text, string Encoding);

/// <summary>The bytes are not text Archive can read; the message is the reason shown to the user.</summary>
public sealed class UndecodableTextException(string message) : Exception(message);
