using System.Text;

namespace Archive.Ingest.Decoding;

/// <summary>
/// Turns report bytes into text: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030
/// (a superset of GBK and GB2312) when the bytes are not valid UTF-8.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Static initializers run before a static constructor body, so the provider is registered right where it is needed.
    private static Encoding StrictGb18030 { get; } = CreateStrictGb18030();

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

        return Strict(bytes, StrictGb18030, "gb18030");
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

    private static Encoding CreateStrictGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}

/// <summary>Decoded text and the name of the encoding it came from.</summary>
public sealed record DecodedText(string Text, string Encoding);

/// <summary>The bytes are not text Archive can read; the message is the reason shown to the user.</summary>
public sealed class UndecodableTextException(string message) : Exception(message);
