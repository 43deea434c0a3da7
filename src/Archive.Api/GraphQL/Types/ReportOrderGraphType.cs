using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportOrderGraphType : EnumerationGraphType
{
    public ReportOrderGraphType()
    {
        Name = "ReportOrder";
        Description = "Order of the `reports` connection. Ties are broken by report, in the same direction; unknown years and dates sort as the smallest.";
        Add("YEAR_DESC", ReportOrder.YearDescending, "Newest reported year first.");
        Add("YEAR_ASC", ReportOrder.YearAscending, "Oldest reported year first.");
        Add("PUBLISHED_DESC", ReportOrder.PublishedDescending, "Latest publication date first.");
        Add("PUBLISHED_ASC", ReportOrder.PublishedAscending, "Earliest publication date first.");
        Add("INGESTED_DESC", ReportOrder.IngestedDescending, "Most recently added to the archive first.");
        Add("INGESTED_ASC", ReportOrder.IngestedAscending, "In the order reports were added to the archive.");
    }
}
