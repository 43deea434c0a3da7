using Archive.Api.GraphQL.Errors;
using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Types;

/// <summary>Validates filter inputs into query filters; every problem is a BAD_USER_INPUT naming the field.</summary>
public static class FilterArguments
{
    private const int MaxTextLength = 200;

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

        return new ReportFilter
        {
            RegionCode = RegionCode(input.RegionCode, "filter.regionCode"),
            YearFrom = from,
            YearTo = to,
            AgencyName = Text(input.Agency, "filter.agency"),
            AgencyId = input.AgencyId is null ? null : GlobalId.DecodeNumeric(input.AgencyId, GlobalId.Agency, "filter.agencyId"),
            AgencyKind = Text(input.AgencyKind, "filter.agencyKind"),
            Template = input.Template,
            HasFlags = input.HasFlags,
            FlagKind = Text(input.FlagKind, "filter.flagKind"),
        };
    }

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
