using System.Globalization;
using System.Text;
using Archive.Api.GraphQL.Errors;

namespace Archive.Api.GraphQL;

/// <summary>
/// Relay global ids: base64 of "Type:key" (Report:42, Agency:7, Region:640221), so `node(id)` knows which
/// type to load. Clients treat them as opaque.
/// </summary>
public static class GlobalId
{
    public const string Report = "Report";
    public const string Agency = "Agency";
    public const string Region = "Region";

    public static string Encode(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    public static string Encode(string type, long key) => Encode(type, key.ToString(CultureInfo.InvariantCulture));

    /// <summary>The type and key of <paramref name="id"/>, or null when it is not an id this API issued.</summary>
    public static (string Type, string Key)? TryDecode(string id)
    {
        if (id.Length > 256)
        {
            return null;
        }

        var buffer = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, buffer, out var length))
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == text.Length - 1 ? null : (text[..colon], text[(colon + 1)..]);
    }

    /// <summary>The numeric key of an id of <paramref name="type"/>; a BAD_USER_INPUT error otherwise.</summary>
    public static long DecodeNumeric(string id, string type, string argument)
    {
        if (TryDecode(id) is { } decoded && string.Equals(decoded.Type, type, StringComparison.Ordinal)
            && long.TryParse(decoded.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return key;
        }

        throw ArchiveError.BadUserInput($"'{argument}' is not a {type} id");
    }
}
