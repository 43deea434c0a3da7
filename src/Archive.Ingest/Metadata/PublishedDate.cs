namespace Archive.Ingest.Metadata;

/// <summary>The printed publication date; <see cref="Day"/> is null when only year and month are printed.</summary>
internal sealed record PublishedDate(int Year, int Month, int? Day)
{
    /// <summary>ISO form from the printed digits (yyyy-MM-dd, or yyyy-MM without a day); may be an impossible date.</summary>
    public string Iso => Day is { } day ? $"{Year:D4}-{Month:D2}-{day:D2}" : $"{Year:D4}-{Month:D2}";

    public bool IsCalendarDate =>
        Month is >= 1 and <= 12 && Year is >= 1900 and <= 2200 && (Day is null || (Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month)));

    /// <summary>The last day the printed date can mean (the month's end when no day is printed).</summary>
    public DateOnly LatestDate => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    public DateOnly EarliestDate => new(Year, Month, Day ?? 1);
}
