using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportFilterInputGraphType : InputObjectGraphType<ReportFilterInput>
{
    public ReportFilterInputGraphType()
    {
        Name = "ReportFilter";
        Description = "Which reports to include; every field is optional and they combine with AND.";
        Field<StringGraphType>("regionCode")
            .Description("A six-digit GB/T 2260 code at any level: a province (640000) includes its prefectures and counties, a prefecture (640200) its counties.");
        Field<IntGraphType>("year").Description("Exactly this reported year (not together with yearFrom/yearTo).");
        Field<IntGraphType>("yearFrom").Description("Reported year from (inclusive).");
        Field<IntGraphType>("yearTo").Description("Reported year to (inclusive).");
        Field<StringGraphType>("agency").Description("The agency's full name, exactly (e.g. 平罗县工业和信息化局).");
        Field<IdGraphType>("agencyId").Description("The agency's global id (`Agency.id`).");
        Field<StringGraphType>("agencyKind").Description("Agency kind id (metric-dictionary.md §12), e.g. industry_and_it.");
        Field<ReportTemplateGraphType>("template").Description("The report layout.");
        Field<BooleanGraphType>("hasFlags").Description("true: only reports with data-quality flags; false: only reports without.");
        Field<StringGraphType>("flagKind").Description("Only reports with a flag of this kind, e.g. identity_violation.");
    }
}
