namespace Archive.Application.Querying;

/// <summary>Orders of the `reports` connection; each breaks ties by report id in the same direction.</summary>
public enum ReportOrder
{
    YearDescending,
    YearAscending,
    PublishedDescending,
    PublishedAscending,
    IngestedDescending,
    IngestedAscending,
}
