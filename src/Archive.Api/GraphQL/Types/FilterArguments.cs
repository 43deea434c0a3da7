using System.Reflection;
using Archive.Api.GraphQL.Errors;
using Archive.Application.Querying;
using Archive.Search;
using Archive.Search.Querying;

namespace Archive.Api.GraphQL.Types;

/// <summary>
/// Validates filter inputs into query filters; every problem is a BAD_USER_INPUT naming the field. The report filter
/// is read field by field as <see cref="ReportFilterFields"/> lists them, checked by their kind.
/// </summary>
public static class FilterArguments
{
    /// <summary>The input class's property of each field (same name); a field without one fails at startup.</summary>
    private static readonly IReadOnlyList<(FilterField Field, PropertyInfo Property)> InputProperties =
    [
        .. ReportFilterFields.All.Select(f => (f, typeof(ReportFilterInput).GetProperty(f.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new InvalidOperationException($"ReportFilterInput has no property for the filter field {f.Name}."))),
    ];

    private const int MaxTextLength = SearchLimits.MaxFilterTextLength;

    public static ReportFilter ToFilter(ReportFilterInput? input)
    {
        if (input is null)
        {
            return ReportFilter.None;
        }

        if (input.Year is not null && (input.YearFrom is not null || input.YearTo is not null))
        {
            throw ArchiveError.BadUserInput("filter: give either year or yearFrom/yearTo, not both");
        }

        var from = input.Year ?? input.YearFrom;
        var to = input.Year ?? input.YearTo;
        if (from is not null && to is not null && from > to)
        {
            throw ArchiveError.BadUserInput($"filter: yearFrom {from} is after yearTo {to}");
        }

        var filter = ReportFilter.None;
        foreach (var (field, property) in InputProperties)
        {
            if (property.GetValue(input) is { } value)
            {
                filter = field.Write(filter, Check(field, value));
            }
        }

        return filter;
    }

    /// <summary>An input of the values <paramref name="valueOf"/> gives (typed by each field's kind; null: not given), for a surface that reads text.</summary>
    public static ReportFilterInput Input(Func<FilterField, object?> valueOf)
    {
        var input = new ReportFilterInput();
        foreach (var (field, property) in InputProperties)
        {
            property.SetValue(input, valueOf(field));
        }

        return input;
    }

    private static object Check(FilterField field, object value) => field.Kind switch
    {
        FilterValueKind.RegionCode => RegionCode((string)value, "filter." + field.Name)!,
        FilterValueKind.Text => Text((string)value, "filter." + field.Name)!,
        FilterValueKind.AgencyId => GlobalId.DecodeNumeric((string)value, GlobalId.Agency, "filter." + field.Name),
        _ => value,
    };

    public static AgencyFilter ToFilter(AgencyFilterInput? input) => input is null
        ? new AgencyFilter()
        : new AgencyFilter
        {
            RegionCode = RegionCode(input.RegionCode, "filter.regionCode"),
            Kind = Text(input.Kind, "filter.kind"),
            NameContains = Text(input.NameContains, "filter.nameContains"),
        };

    /// <summary>A six-digit GB/T 2260 code, or null.</summary>
    public static string? RegionCode(string? code, string field)
    {
        if (code is null)
        {
            return null;
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            throw ArchiveError.BadUserInput($"{field}: '{Shorten(code)}' is not a six-digit GB/T 2260 code (e.g. 640000, 640200, 640221)");
        }

        return code;
    }

    private static string? Text(string? value, string field)
    {
        if (value is { Length: > MaxTextLength })
        {
            throw ArchiveError.BadUserInput($"{field}: at most {MaxTextLength} characters");
        }

        return value;
    }

    private static string Shorten(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
