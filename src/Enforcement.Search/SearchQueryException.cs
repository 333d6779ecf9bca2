namespace Enforcement.Search;

/// <summary>A request the index cannot answer as asked (e.g. a foreign cursor): the caller's mistake, a 400.</summary>
public sealed class SearchQueryException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
