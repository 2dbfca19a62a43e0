using Scheduler.Solver.Benchmarks.ShiftScheduling;

namespace Scheduler.Tests.Benchmarks;

/// <summary>A one-week instance written for these tests in the benchmark's format, and a feasible roster of it.</summary>
internal static class ShiftSchedulingSamples
{
    // Employee a: early shifts only in practice (L at most twice), 2–3 days in a row, 2 days off in a row, 1 weekend.
    // Employee b: never E, up to 4 days in a row. L may not be followed by E the next day.
    public const string OneWeek = """
        # hand-written test instance
        SECTION_HORIZON
        # days
        7

        SECTION_SHIFTS
        E,480,
        L,600,E

        SECTION_STAFF
        a,E=7|L=2,3000,960,3,2,2,1
        b,E=0|L=7,3600,600,4,1,1,1

        SECTION_DAYS_OFF
        a,6
        b,0

        SECTION_SHIFT_ON_REQUESTS
        a,0,E,2
        b,3,L,1

        SECTION_SHIFT_OFF_REQUESTS
        a,2,E,3

        SECTION_COVER
        0,E,1,100,1
        0,L,-0,100,1
        1,E,2,100,1
        1,L,1,100,1
        2,E,0,100,1
        2,L,2,100,1
        """;

    public static Instance Load() => InstanceLoader.Parse(OneWeek, "one-week");

    /// <summary>a works E on days 0–2; b works L on days 1–4.</summary>
    public static List<ShiftAssignment> Feasible() =>
    [
        new("a", 0, "E"), new("a", 1, "E"), new("a", 2, "E"),
        new("b", 1, "L"), new("b", 2, "L"), new("b", 3, "L"), new("b", 4, "L"),
    ];
}
