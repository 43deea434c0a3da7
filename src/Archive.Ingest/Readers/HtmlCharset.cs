using System.Text;
using System.Text.RegularExpressions;
using Archive.Ingest.Decoding;

namespace Archive.Ingest.Readers;

/// <summary>
/// Decodes a web page: byte-order mark first, then the charset its &lt;meta&gt; declares (gb2312 and gbk read as
/// GB18030, their superset), then <see cref="TextDecoder"/>'s UTF-8 / GB18030 detection. A declared charset the
/// bytes do not fit (a page saved as UTF-8 that still says gb2312, or Big5 bytes that say gb2312 and read as junk)
/// falls back to detection.
/// </summary>
public static partial class HtmlCharset
{
    private const int MetaScanBytes = 4096;

    static HtmlCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextDecoder.Decode(bytes);
        }

        var declared = DeclaredCharset(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        if (declared is not null && TryGetEncoding(declared) is { } encoding)
        {
            try
            {
                var text = encoding.GetString(bytes);
                if (!TextDecoder.IsJunk(text))
                {
                    return new DecodedText(text, encoding.WebName);
                }
            }
            catch (DecoderFallbackException)
            {
                // The declaration is wrong for these bytes; detect instead.
            }
        }

        return TextDecoder.Decode(bytes);
    }

    /// <summary>The charset named by &lt;meta charset&gt; or &lt;meta http-equiv content="…; charset=…"&gt;, if any.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> head)
    {
        var match = CharsetPattern().Match(Encoding.Latin1.GetString(head));
        return match.Success ? match.Groups["name"].Value.ToLowerInvariant() : null;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        var canonical = name switch
        {
            "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "cp936" or "gb18030" => "GB18030",
            "utf8" => "utf-8",
            _ => name,
        };

        try
        {
            return Encoding.GetEncoding(canonical, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetPattern();
}
