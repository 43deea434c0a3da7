using System.Text;
using System.Text.Json;
using Archive.Api.GraphQL.Errors;

namespace Archive.Api.GraphQL;

/// <summary>
/// Opaque cursors: base64 of a small JSON payload {"v":1,"k":kind,"s":[sort values...],"id":tie-break}. The kind
/// names the field and order that issued it, so a cursor used elsewhere is a BAD_CURSOR, never a wrong page.
/// </summary>
public static class CursorCodec
{
    private const int Version = 1;
    private const int MaxCursorLength = 1024;

    public static string Encode(string kind, IReadOnlyList<string> sortValues, long id)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new CursorPayload(Version, kind, [.. sortValues], id));
        return Convert.ToBase64String(payload);
    }

    /// <summary>The sort values and id of <paramref name="cursor"/>; BAD_CURSOR unless it was issued for <paramref name="kind"/>.</summary>
    public static (IReadOnlyList<string> SortValues, long Id) Decode(string cursor, string kind, int sortValueCount)
    {
        if (cursor.Length is 0 or > MaxCursorLength)
        {
            throw ArchiveError.BadCursor(cursor.Length > 40 ? cursor[..40] + "…" : cursor);
        }

        var buffer = new byte[cursor.Length];
        CursorPayload? payload = null;
        if (Convert.TryFromBase64String(cursor, buffer, out var length))
        {
            try
            {
                payload = JsonSerializer.Deserialize<CursorPayload>(Encoding.UTF8.GetString(buffer, 0, length));
            }
            catch (JsonException)
            {
                payload = null;
            }
        }

        if (payload is null || payload.V != Version || !string.Equals(payload.K, kind, StringComparison.Ordinal)
            || payload.S is null || payload.S.Length != sortValueCount || payload.S.Any(v => v is null))
        {
            throw ArchiveError.BadCursor(cursor.Length > 40 ? cursor[..40] + "…" : cursor);
        }

        return (payload.S, payload.Id);
    }

    private sealed record CursorPayload(int V, string K, string[] S, long Id);
}
