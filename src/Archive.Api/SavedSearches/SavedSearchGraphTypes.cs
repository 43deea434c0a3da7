using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.SavedSearches;

public sealed class SavedSearchGraphType : ObjectGraphType<SavedSearchView>
{
    /// <summary>The global id type of saved searches (SavedSearch:7).</summary>
    public const string IdType = "SavedSearch";

    public SavedSearchGraphType()
    {
        Name = "SavedSearch";
        Description = "A search saved to follow: its Atom feed lists the newest reports it matches, as they are ingested.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (for `deleteSavedSearch`).").Resolve(c => GlobalId.Encode(IdType, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name it was saved under.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("query").Description("The search, in `search(query:)` syntax.").Resolve(c => c.Source.Query);
        Field<SavedSearchFilterGraphType>("filter").Description("The filter it was saved with; null when none.").Resolve(c => c.Source.Filter);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was saved (UTC).").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("feedUrl")
            .Description("Path of its Atom feed on this server (`/feeds/{token}.atom`): the newest 50 matching reports, newest stored first. The token is the feed's only credential; keep it private.")
            .Resolve(c => c.Source.FeedPath);
        Field<NonNullGraphType<IntGraphType>>("newReportCount")
            .Description("How many matching reports were first stored after `since` (default: when the search was saved), counted up to 1000.")
            .Argument<DateTimeGraphType>("since", "Count reports stored after this instant.")
            .ResolveAsync(async c => (object?)await c.Service<SavedSearchService>().CountNewAsync(
                c.Source, c.GetArgument<DateTime?>("since")?.ToUniversalTime() ?? c.Source.CreatedAt, c.CancellationToken));
    }
}

/// <summary>A saved search's filter, with the field names of the ReportFilter input it was given as.</summary>
public sealed class SavedSearchFilterGraphType : ObjectGraphType<ReportFilterInput>
{
    public SavedSearchFilterGraphType()
    {
        Name = "SavedSearchFilter";
        Description = "The ReportFilter a search was saved with (the same fields).";
        Field<StringGraphType>("regionCode").Description("Region code (GB/T 2260) and everything under it.").Resolve(c => c.Source.RegionCode);
        Field<IntGraphType>("year").Description("Exactly this reported year.").Resolve(c => c.Source.Year);
        Field<IntGraphType>("yearFrom").Description("Reported year from (inclusive).").Resolve(c => c.Source.YearFrom);
        Field<IntGraphType>("yearTo").Description("Reported year to (inclusive).").Resolve(c => c.Source.YearTo);
        Field<StringGraphType>("agency").Description("The agency's full name.").Resolve(c => c.Source.Agency);
        Field<IdGraphType>("agencyId").Description("The agency's global id.").Resolve(c => c.Source.AgencyId);
        Field<StringGraphType>("agencyKind").Description("Agency kind id.").Resolve(c => c.Source.AgencyKind);
        Field<ReportTemplateGraphType>("template").Description("The report layout.").Resolve(c => c.Source.Template);
        Field<BooleanGraphType>("hasFlags").Description("Only reports with (true) or without (false) data-quality flags.").Resolve(c => c.Source.HasFlags);
    }
}

/// <summary>The fields of GraphQL's saved searches: `savedSearches`, `saveSearch`, `deleteSavedSearch`; all need the API key.</summary>
public static class SavedSearchFields
{
    public static void AddQuery(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedSearchGraphType>>>, IReadOnlyList<SavedSearchView>>("savedSearches")
            .Description("Every saved search, oldest first. Requires the API key (their feed URLs are credentials).")
            .ResolveAsync(async c =>
            {
                RequireApiKey(c);
                return await c.Service<SavedSearchService>().ListAsync(c.CancellationToken);
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SavedSearchGraphType>, SavedSearchView>("saveSearch")
            .Description("Saves a search to follow; its `feedUrl` is an Atom feed of the newest reports it matches. The query and filter are checked as `search` checks them.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "A name for it, 1 to 200 characters.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "The search, in `search(query:)` syntax.")
            .Argument<ReportFilterInputGraphType>("filter", "Which reports to search; all when omitted.")
            .ResolveAsync(async c =>
            {
                RequireApiKey(c);
                return await c.Service<SavedSearchService>().SaveAsync(
                    c.GetArgument<string>("name"), c.GetArgument<string>("query"), c.GetArgument<ReportFilterInput?>("filter"), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("deleteSavedSearch")
            .Description("Deletes a saved search (its feed then answers 404). False when there was none with this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The saved search's `id`.")
            .ResolveAsync(async c =>
            {
                RequireApiKey(c);
                return await c.Service<SavedSearchService>().DeleteAsync(GlobalId.DecodeNumeric(c.GetArgument<string>("id"), SavedSearchGraphType.IdType, "id"), c.CancellationToken);
            });
    }

    private static void RequireApiKey(IResolveFieldContext context)
    {
        if (context.UserContext is not ArchiveUserContext { CanWrite: true })
        {
            throw ArchiveError.Unauthenticated((context.UserContext as ArchiveUserContext)?.WriteRefusal ?? "saved searches require an API key");
        }
    }
}
