using Archive.Core.Agencies;
using Archive.Core.Quality;
using Archive.Core.Vocabulary;

namespace Archive.Core.Tests.Quality;

public sealed class PublicationDeadlinesTests
{
    [Theory]
    [InlineData(2008, "finance", "2009-03-31")]
    [InlineData(2018, "finance", "2019-03-31")]
    [InlineData(2018, "people_government", "2019-03-31")]
    [InlineData(2018, "township", "2019-03-31")]
    [InlineData(2019, "finance", "2020-01-31")]
    [InlineData(2019, "government_office", "2020-01-31")]
    [InlineData(2024, "industry_and_it", "2025-01-31")]
    [InlineData(2019, "people_government", "2020-03-31")]
    [InlineData(2024, "people_government", "2025-03-31")]
    public void DeadlineFor_ByLegalPeriodAndBody(int year, string kind, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublicationDeadlines.DeadlineFor(year, Kind(kind)).Deadline);

    [Theory]
    [InlineData(2007, "finance")]
    [InlineData(2020, "township")]
    [InlineData(2020, "subdistrict")]
    [InlineData(2020, "development_zone")]
    [InlineData(2020, "other")]
    [InlineData(2020, null)]
    public void DeadlineFor_NoLegalRule_NoDeadline(int year, string? kind) =>
        Assert.Null(PublicationDeadlines.DeadlineFor(year, Kind(kind)).Deadline);

    [Theory]
    [InlineData(2018, "finance", "2019-03-31", TimelinessVerdict.OnTime, null)]
    [InlineData(2018, "finance", "2019-04-01", TimelinessVerdict.Late, 1)]
    [InlineData(2020, "finance", "2021-01-31", TimelinessVerdict.OnTime, null)]
    [InlineData(2020, "finance", "2021-02-01", TimelinessVerdict.Late, 1)]
    [InlineData(2020, "finance", "2021-03-05", TimelinessVerdict.Late, 33)]
    [InlineData(2020, "people_government", "2021-03-05", TimelinessVerdict.OnTime, null)]
    [InlineData(2023, "people_government", "2024-04-30", TimelinessVerdict.Late, 30)]
    public void Evaluate_WithADate_GivesVerdictAndDays(int year, string kind, string published, TimelinessVerdict verdict, int? days)
    {
        var result = PublicationDeadlines.Evaluate(year, Kind(kind), published);

        Assert.Equal((verdict, days), (result.Verdict, result.DaysLate));
    }

    [Theory]
    [InlineData(2020, "finance", null)]
    [InlineData(2020, "finance", "")]
    [InlineData(2020, "finance", "2021-02-30")]
    [InlineData(2020, "finance", "2020-12-31")]
    [InlineData(2020, "development_zone", "2021-06-30")]
    [InlineData(null, "finance", "2021-06-30")]
    public void Evaluate_WithoutAUsableDateOrRule_IsUnknown_NeverAVerdict(int? year, string kind, string? published)
    {
        var result = PublicationDeadlines.Evaluate(year, Kind(kind), published);

        Assert.Equal(TimelinessVerdict.Unknown, result.Verdict);
        Assert.Null(result.DaysLate);
    }

    /// <summary>The kind of a dictionary id, as the data spells it.</summary>
    private static AgencyKind? Kind(string? id) => id is null ? null : StableIds.Parse<AgencyKind>(id);
}
