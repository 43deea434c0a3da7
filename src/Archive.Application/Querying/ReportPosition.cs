namespace Archive.Application.Querying;

/// <summary>
/// Where a page of `reports` ends: the sort value of the last row and its id (the tie-break), so the next
/// page starts strictly after it whatever was inserted meanwhile (keyset paging, never offsets).
/// </summary>
/// <param name="YearKey">Year of the row, -1 when unknown (unknown years sort as the smallest).</param>
/// <param name="PublishedKey">Publish date of the row, <see cref="DateOnly.MinValue"/> when unknown.</param>
public sealed record ReportPosition(ReportOrder Order, int YearKey, DateOnly PublishedKey, long Id)
{
    public static ReportPosition Of(ReportOrder order, ReportView report) =>
        new(order, report.Year ?? -1, report.PublishedDate ?? DateOnly.MinValue, report.Id);
}
