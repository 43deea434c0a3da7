using System.Reflection;
using Archive.Core.Reports;
using Archive.Search.Querying;

namespace Archive.Search.Tests;

/// <summary>
/// Issue 21: one descriptor per filter. Every adapter (GraphQL input, query string, CLI, SQL, index, cursor) reads
/// <see cref="ReportFilterFields"/>; these tests make sure the list covers the whole <see cref="ReportFilter"/>, so a
/// property added without its field is caught here rather than silently ignored by some surface.
/// </summary>
public sealed class ReportFilterFieldsTests
{
    private static readonly PropertyInfo[] FilterProperties =
        [.. typeof(ReportFilter).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)];

    [Fact]
    public void EveryFilterProperty_IsReadByExactlyOneField()
    {
        Assert.Equal(10, FilterProperties.Length);
        foreach (var property in FilterProperties)
        {
            var filter = With(property);
            var readers = ReportFilterFields.Values(filter).Where(v => v.Value is not null).Select(v => v.Field.Name).ToList();
            Assert.True(readers.Count == 1, $"{property.Name} is read by [{string.Join(", ", readers)}]");
        }
    }

    [Fact]
    public void EveryField_WritesWhatItReads_AndNamesAreUnique()
    {
        Assert.Equal(ReportFilterFields.All.Count, ReportFilterFields.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var field in ReportFilterFields.All.Where(f => f.Read is not null))
        {
            var value = Sample(field.Kind);
            Assert.Equal(value, field.Read!(field.Write(ReportFilter.None, value)));
        }

        // The input alias writes both ends of the range.
        var year = ReportFilterFields.All.Single(f => f.Name == "year");
        Assert.Equal(new ReportFilter { YearFrom = 2020, YearTo = 2020 }, year.Write(ReportFilter.None, 2020));
    }

    [Fact]
    public void EveryField_HasAnIndexCondition_ButTheDatabaseId()
    {
        Assert.Equal(
            ["agencyId"],
            ReportFilterFields.All.Where(f => f.Read is not null && f.Index is null).Select(f => f.Name));
    }

    [Fact]
    public void TheCursorFingerprint_ChangesWithEveryField()
    {
        var request = new SearchRequest("公开");
        var fingerprints = FilterProperties.Select(p => SearchCursor.Fingerprint(request with { Filter = With(p) })).ToList();
        fingerprints.Add(SearchCursor.Fingerprint(request));
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    private static ReportFilter With(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var value = type == typeof(int) ? 2020 : type == typeof(long) ? 7L : type == typeof(bool) ? (object)true : type == typeof(ReportTemplate) ? ReportTemplate.V2019 : "640221";
        var filter = ReportFilter.None with { };
        property.SetValue(filter, value);
        return filter;
    }

    private static object Sample(FilterValueKind kind) => kind switch
    {
        FilterValueKind.Year => 2019,
        FilterValueKind.AgencyId => 7L,
        FilterValueKind.Boolean => true,
        FilterValueKind.RegionCode => "640221",
        FilterValueKind.Template => ReportTemplate.V2021,
        _ => "industry_and_it",
    };
}
