using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class AgencyFilterInputGraphType : InputObjectGraphType<AgencyFilterInput>
{
    public AgencyFilterInputGraphType()
    {
        Name = "AgencyFilter";
        Description = "Which agencies to list; every field is optional and they combine with AND.";
        Field<StringGraphType>("regionCode").Description("A six-digit GB/T 2260 code at any level: agencies of that region and below.");
        Field<StringGraphType>("kind").Description("Agency kind id, e.g. people_government.");
        Field<StringGraphType>("nameContains").Description("A part of the name, e.g. 工业和信息化.");
    }
}
