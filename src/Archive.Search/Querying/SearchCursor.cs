using System.Globalization;
using System.Text;

namespace Archive.Search.Querying;

/// <summary>
/// The opaque "after" cursor, the one every surface hands out (GraphQL's edge cursors and endCursor are these):
/// base64url of "v3|sort|fingerprint|sortValue|reportId". The fingerprint ties it to the query, filter and sort
/// that produced it; the sort key (<see cref="HitKey.Primary"/>) and the ReportId tiebreak say where the next page
/// starts, so paging survives index refreshes (Lucene doc ids are never stored). v3: the fingerprint covers every
/// filter (v2 left the flag kind out), so a v2 cursor is refused as of another format.
/// </summary>
internal static class SearchCursor
{
    private const string Version = "v3";

    /// <summary>Longer than any cursor this class writes (about 80 characters); longer input is not decoded.</summary>
    private const int MaxLength = 256;

    public static string Encode(SearchSort sort, string fingerprint, long sortValue, long reportId)
    {
        var payload = string.Join('|', Version, sort.ToString(), fingerprint, sortValue.ToString(CultureInfo.InvariantCulture), reportId.ToString(CultureInfo.InvariantCulture));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static (long SortValue, long ReportId) Decode(string cursor, SearchSort sort, string fingerprint)
    {
        if (cursor.Length is 0 or > MaxLength)
        {
            throw new InvalidCursorException("The cursor is not valid: it is not one this server produced.");
        }

        string payload;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            payload = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new InvalidCursorException("The cursor is not valid: it is not one this server produced.");
        }

        var parts = payload.Split('|');
        if (parts.Length != 5 || !string.Equals(parts[0], Version, StringComparison.Ordinal))
        {
            throw new InvalidCursorException("The cursor is not valid: unknown format or version.");
        }

        if (!string.Equals(parts[1], sort.ToString(), StringComparison.Ordinal) || !string.Equals(parts[2], fingerprint, StringComparison.Ordinal))
        {
            throw new InvalidCursorException("The cursor belongs to another query, filter or sort order.");
        }

        if (!long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sortValue)
            || !long.TryParse(parts[4], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var reportId))
        {
            throw new InvalidCursorException("The cursor is not valid: damaged values.");
        }

        return (sortValue, reportId);
    }

    /// <summary>A stable fingerprint (FNV-1a 64) of what a page depends on besides the cursor.</summary>
    public static string Fingerprint(SearchRequest request)
    {
        var text = string.Join('\u001F', request.Query, request.Sort, ReportFilterFields.Fingerprint(request.Filter ?? ReportFilter.None));
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
