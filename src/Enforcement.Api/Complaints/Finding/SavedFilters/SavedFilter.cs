namespace Enforcement.Api.Complaints.Finding.SavedFilters;

/// <summary>A list's filters saved by name for one staff member (bộ lọc đã lưu): the query string of the list's page.</summary>
internal sealed class SavedFilter
{
    public long Id { get; set; }
    public required string UserName { get; set; }

    /// <summary>"complaints" or "tasks".</summary>
    public required string List { get; set; }
    public required string Name { get; set; }

    /// <summary>The list's query string without "?", only the list's own parameters.</summary>
    public required string Query { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A saved filter as the API and the pages show it; <c>link</c> opens the list with it.</summary>
public sealed record SavedFilterView(long Id, string List, string Name, string Query, string Link);

/// <summary>Body of POST /api/staff/saved-filters. Saving a name again replaces its filters.</summary>
public sealed record SaveFilterRequest(string? List, string? Name, string? Query);

/// <summary>What a list page hands its saved-filters box: the user's filters and the list's current ones, to save.</summary>
public sealed record SavedFiltersBox(IReadOnlyList<SavedFilterView> Filters, IReadOnlyList<KeyValuePair<string, string>> Current, string? Error);
