using System.Globalization;
using Archive.Api.GraphQL.Errors;
using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Connections;

/// <summary>
/// Cursors of the `reports` and `agencies` connections (payload kinds and sort values); `search` hands out the
/// index's own cursor (<see cref="Archive.Search.Querying.SearchHit.Cursor"/>).
/// </summary>
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
