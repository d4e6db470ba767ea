namespace Mizan.Testing;

/// <summary>
/// A fact that needs ../shared/data beside the repository: on a clone without it the test is skipped, with the
/// reason shown in the test output, instead of passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (Repository.Shared is null)
        {
            Skip = "needs ../shared/data beside the repository (CI has it; a bare clone does not)";
        }
    }
}
