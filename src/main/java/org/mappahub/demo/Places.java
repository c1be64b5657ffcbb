package org.mappahub.demo;

import java.util.SplittableRandom;

import org.mappahub.demo.AreaCatalogue.Area;
import org.mappahub.demo.AreaCatalogue.Institution;
import org.mappahub.demo.AreaCatalogue.Town;

/** Street addresses, postcodes, approved premises and institutions that look like the real thing. */
final class Places {

    private static final NamePools.Weighted STREETS = new NamePools.Weighted("""
            Church:12 Station:10 Victoria:8 Park:10 Queen's:6 King:6 Albert:6 Manchester:4 London:4 Mill:8
            Chapel:6 High:8 North:4 South:4 West:4 New:5 School:6 Green:5 Springfield:4 Highfield:4 Grange:4
            Windsor:4 Stanley:4 Derby:3 Water:3 Moss:3 Bank:4 Brook:4 Meadow:4 Oak:4 Elm:3 Ash:3 Beech:3
            Willow:3 Hawthorn:3 Holly:3 Cedar:3 Laburnum:2 Lime:3 Rosebery:2 Clarendon:2 Cromwell:2 Nelson:3
            Wellington:3 Trafalgar:2 Alexandra:3 Blackburn:2 Garden:3 Orchard:3 Kingsway:2 St_John's:3
            St_Mary's:3 Hillside:3 Riverside:2 Canal:3 Market:4 Bridge:4 Castle:3 Abbey:3 Priory:2 Cemetery:2
            Hope:2 Union:3 Railway:3 Cross:2 Moor:3 Lark_Hill:2 Beaconsfield:2 Gladstone:2 Peel:2
            """);
    private static final NamePools.Weighted SUFFIXES = new NamePools.Weighted("""
            Street:30 Road:30 Lane:10 Avenue:10 Close:6 Drive:6 Terrace:5 Way:4 Crescent:4 Grove:4 Place:3
            Gardens:3 Court:2 Walk:1 Mews:1
            """);
    private static final String[] PREMISES = {
        "Haworth House", "Highfield House", "St Joseph's", "Elm Bank", "Carlton House", "Westbourne House",
        "Kennedy House", "Ashdown House", "Bridge House", "Canterbury House",
    };
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Places() {
    }

    static String streetLine(SplittableRandom random) {
        String street = STREETS.pick(random) + " " + SUFFIXES.pick(random);
        int number = 1 + random.nextInt(random.nextInt(4) == 0 ? 240 : 90);
        if (random.nextInt(100) < 14) {
            return "Flat " + (1 + random.nextInt(12)) + ", " + number + " " + street;
        }
        return number + " " + street;
    }

    static String approvedPremisesLine(Area area, SplittableRandom random) {
        // A fixed few premises per area: the same names recur, as they do in real records.
        int which = Math.floorMod(area.code().hashCode() + random.nextInt(2), PREMISES.length);
        int number = 1 + Math.floorMod(area.code().hashCode() * 31 + which, 80);
        return PREMISES[which] + ", " + number + " " + (which % 2 == 0 ? "Park Road" : "Victoria Street");
    }

    /** A full postcode in one of the town's districts: district, sector digit, two unit letters. */
    static String postcode(Town town, SplittableRandom random) {
        String district = town.districts()[random.nextInt(town.districts().length)];
        return district + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    static Town town(Area area, SplittableRandom random) {
        java.util.List<Town> towns = area.towns();
        Town t = towns.get(random.nextInt(towns.size()));
        if (random.nextBoolean()) {
            // Half the time the BCU's main town (listed first): most people live in the bigger places.
            for (Town candidate : towns) {
                if (candidate.bcu().equals(t.bcu())) {
                    return candidate;
                }
            }
        }
        return t;
    }

    static Institution prison(Area area, SplittableRandom random) {
        return institution(AreaCatalogue.PRISONS, area, random);
    }

    static Institution hospital(Area area, SplittableRandom random) {
        return institution(AreaCatalogue.HOSPITALS, area, random);
    }

    private static Institution institution(java.util.List<Institution> all, Area area, SplittableRandom random) {
        if (random.nextInt(10) < 6) {
            int local = 0;
            for (Institution i : all) {
                if (i.area().equals(area.code())) {
                    local++;
                }
            }
            if (local > 0) {
                int pick = random.nextInt(local);
                for (Institution i : all) {
                    if (i.area().equals(area.code()) && pick-- == 0) {
                        return i;
                    }
                }
            }
        }
        return all.get(random.nextInt(all.size()));
    }
}
