using Enforcement.Workflows.Runtime;
using Microsoft.Extensions.Hosting;

namespace Enforcement.Workflows.Definitions;

/// <summary>
/// At start-up, before timers run: every <c>optionsFrom</c> names a source the application registered. The sources
/// are application services, so this runs once the container is built, not when the files are read.
/// </summary>
internal sealed class OptionSourcesCheck(DefinitionCatalog catalog, FieldOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var unknown = options.Unknown(catalog);
        if (unknown.Count > 0) throw new InvalidWorkflowDefinitionException("Invalid workflow definitions:\n  " + string.Join("\n  ", unknown));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
