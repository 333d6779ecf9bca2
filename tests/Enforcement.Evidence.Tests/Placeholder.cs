namespace Enforcement.Evidence.Tests;
