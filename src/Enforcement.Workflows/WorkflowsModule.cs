using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Enforcement.Workflows;

public static class WorkflowsModule
{
    /// <summary>
    /// Loads and validates every definition and the holiday calendar now, so an invalid file stops the
    /// application from starting with a message naming the file. <typeparamref name="TContext"/> holds the runtime's tables.
    /// </summary>
    public static IServiceCollection AddWorkflows<TContext>(this IServiceCollection services, IConfiguration configuration, string contentRoot)
        where TContext : DbContext
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(WorkflowOptions.Section).Get<WorkflowOptions>() ?? new WorkflowOptions();
        var folder = FindFolder(options.DefinitionsFolder, contentRoot);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        services.AddSingleton(DefinitionCatalog.Load(folder));
        var years = WorkingCalendar.LoadYears(Path.Combine(folder, "calendar"));
        services.AddSingleton(sp => new WorkingCalendar(years, zone, sp.GetRequiredService<ILoggerFactory>().CreateLogger<WorkingCalendar>()));
        services.TryAddScoped<IWorkflowHooks, NoHooks>();
        services.AddSingleton(sp => new FieldOptions(sp.GetServices<IFieldOptionSource>()));
        services.AddHostedService<OptionSourcesCheck>();
        services.TryAddScoped<DbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<JournalArchiver>();
        services.AddSingleton<TimerScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerScheduler>());
        return services;
    }

    /// <summary>An absolute folder, or one relative to the content root or any folder above it (the repository's workflows/).</summary>
    private static string FindFolder(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured)) return configured;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate)) return candidate;
        }
        var shipped = Path.Combine(AppContext.BaseDirectory, configured);
        if (Directory.Exists(shipped)) return shipped;
        throw new InvalidWorkflowDefinitionException($"Workflow folder '{configured}' not found from '{contentRoot}' upwards nor next to the app; set Workflows:DefinitionsFolder.");
    }
}
