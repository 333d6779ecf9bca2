using Enforcement.Workflows.Runtime;

namespace Enforcement.Workflows.Tests;

internal static class Actors
{
    public static readonly WorkflowActor Inspector = new("inspector", "inspector", "QLTT", "QLTT-D1");
    public static readonly WorkflowActor Inspector2 = new("inspector2", "inspector", "QLTT", "QLTT-TMDT");
    public static readonly WorkflowActor TeamLead = new("teamlead", "team_lead", "QLTT", "QLTT-D1");
    public static readonly WorkflowActor Supervisor = new("supervisor", "supervisor", "QLTT");
    public static readonly WorkflowActor Police = new("police", "agency_liaison", "CA");
    public static readonly WorkflowActor Association = new("association", "agency_liaison", "BVNTD");
}
