namespace Archive.Core.Reports;

public static class MetricOrigins
{
    public const string Table = "table";
    public const string Prose = "prose";
}
