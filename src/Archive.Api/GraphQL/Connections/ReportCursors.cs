using System.Globalization;
using Archive.Api.GraphQL.Errors;
using Archive.Application.Querying;
using Archive.Search.Querying;

namespace Archive.Api.GraphQL.Connections;

/// <summary>Cursors of the `reports`, `search` and `agencies` connections (payload kinds and sort values).</summary>
public static class ReportCursors
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string ForReport(ReportPosition position) => position.Order switch
    {
        ReportOrder.YearDescending or ReportOrder.YearAscending =>
            CursorCodec.Encode(Kind(position.Order), [position.YearKey.ToString(CultureInfo.InvariantCulture)], position.Id),
        ReportOrder.PublishedDescending or ReportOrder.PublishedAscending =>
            CursorCodec.Encode(Kind(position.Order), [position.PublishedKey.ToString(DateFormat, CultureInfo.InvariantCulture)], position.Id),
        _ => CursorCodec.Encode(Kind(position.Order), [], position.Id),
    };

    public static ReportPosition? ParseReport(string? cursor, ReportOrder order)
    {
        if (cursor is null)
        {
            return null;
        }

        switch (order)
        {
            case ReportOrder.YearDescending or ReportOrder.YearAscending:
                {
                    var (values, id) = CursorCodec.Decode(cursor, Kind(order), 1);
                    return int.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year)
                        ? new ReportPosition(order, year, DateOnly.MinValue, id)
                        : throw ArchiveError.BadCursor("after");
                }

            case ReportOrder.PublishedDescending or ReportOrder.PublishedAscending:
                {
                    var (values, id) = CursorCodec.Decode(cursor, Kind(order), 1);
                    return DateOnly.TryParseExact(values[0], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? new ReportPosition(order, -1, date, id)
                        : throw ArchiveError.BadCursor("after");
                }

            default:
                return new ReportPosition(order, -1, DateOnly.MinValue, CursorCodec.Decode(cursor, Kind(order), 0).Id);
        }
    }

    /// <summary>
    /// A hit's cursor: with the index's sort key (kind "search:order"); a hit without one (none today) by its score.
    /// </summary>
    public static string ForSearch(SearchPosition position) => position.SortKey is { } key
        ? CursorCodec.Encode(SearchKind(position.Order), [position.Score.ToString("R", CultureInfo.InvariantCulture), key.ToString(CultureInfo.InvariantCulture)], position.ReportId)
        : CursorCodec.Encode("search", [position.Score.ToString("R", CultureInfo.InvariantCulture)], position.ReportId);

    public static SearchPosition? ParseSearch(string? cursor, SearchSort order = SearchSort.Relevance)
    {
        if (cursor is null)
        {
            return null;
        }

        (IReadOnlyList<string> Values, long Id) decoded;
        try
        {
            decoded = CursorCodec.Decode(cursor, SearchKind(order), 2);
        }
        catch (ArchiveError) when (order == SearchSort.Relevance)
        {
            decoded = CursorCodec.Decode(cursor, "search", 1);
        }

        var (values, id) = decoded;
        if (!double.TryParse(values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score))
        {
            throw ArchiveError.BadCursor("after");
        }

        if (values.Count == 1)
        {
            return new SearchPosition(score, id);
        }

        return long.TryParse(values[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
            ? new SearchPosition(score, id) { Order = order, SortKey = key }
            : throw ArchiveError.BadCursor("after");
    }

    private static string SearchKind(SearchSort order) => "search:" + order.ToString();

    public static string ForAgency(AgencyView agency) => CursorCodec.Encode("agencies", [agency.Name], agency.Id);

    public static AgencyPosition? ParseAgency(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var (values, id) = CursorCodec.Decode(cursor, "agencies", 1);
        return new AgencyPosition(values[0], id);
    }

    private static string Kind(ReportOrder order) => "reports:" + order.ToString();
}
