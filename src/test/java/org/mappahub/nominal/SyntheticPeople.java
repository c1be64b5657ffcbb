package org.mappahub.nominal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Synthetic people for the search benchmark, inserted with set-based SQL (the search triggers run per
 * statement, as they would for a bulk import). Family names follow a skewed distribution — a few very
 * common (SMITH, JONES, KHAN...), a long tail of generated ones — so that common names match thousands of
 * people, as in a national register. Deterministic for a given database (setseed).
 */
final class SyntheticPeople {

    private static final String COMMON_FAMILIES = "SMITH,JONES,WILLIAMS,TAYLOR,BROWN,DAVIES,EVANS,WILSON,THOMAS,"
            + "JOHNSON,ROBERTS,ROBINSON,THOMPSON,WRIGHT,WALKER,WHITE,EDWARDS,HUGHES,GREEN,HALL,LEWIS,HARRIS,CLARKE,"
            + "PATEL,JACKSON,WOOD,TURNER,MARTIN,COOPER,HILL,WARD,MORRIS,MOORE,CLARK,LEE,KING,BAKER,HARRISON,MORGAN,"
            + "ALLEN,JAMES,SCOTT,PHILLIPS,WATSON,DAVIS,PARKER,PRICE,BENNETT,YOUNG,GRIFFITHS,MITCHELL,KELLY,COOK,"
            + "CARTER,RICHARDSON,BAILEY,COLLINS,BELL,SHAW,MURPHY,MILLER,COX,RICHARDS,KHAN,MARSHALL,ANDERSON,SIMPSON,"
            + "ELLIS,ADAMS,SINGH,BEGUM,WILKINSON,FOSTER,CHAPMAN,POWELL,WEBB,ROGERS,GRAY,MASON,ALI,HUNT,HUSSAIN,"
            + "CAMPBELL,MATTHEWS,OWEN,PALMER,HOLMES,MILLS,BARNES,KNIGHT,LLOYD,BUTLER,RUSSELL,BARKER,FISHER,STEVENS,"
            + "JENKINS,MURRAY,DIXON,HARVEY,AHMED,O'BRIEN,O'NEILL,MCDONALD,MACDONALD,LLEWELLYN,PRITCHARD,SMYTH,SMYTHE,"
            + "NGUYEN,KOWALSKI,NOWAK,OKAFOR,SMITH-JONES,VAUGHAN,REES,RHYS,CHOWDHURY,RAHMAN,AKHTAR,IQBAL,KAUR,GILL";
    private static final String GIVEN = "JOHN,DAVID,MICHAEL,PAUL,ANDREW,MARK,JAMES,PETER,ROBERT,STEVEN,RICHARD,"
            + "CHRISTOPHER,DANIEL,THOMAS,MATTHEW,ANTHONY,STEPHEN,GARY,LEE,CRAIG,WAYNE,DARREN,JASON,SEAN,SHAUN,KEVIN,"
            + "SIMON,IAN,NEIL,SCOTT,CARL,DEAN,RYAN,ADAM,LIAM,JORDAN,CONNOR,JACK,MOHAMMED,MUHAMMAD,MOHAMED,ALI,"
            + "IMRAN,TARIQ,ASIF,PIOTR,TOMASZ,GARETH,RHYS,DAFYDD,IEUAN,OWAIN,JON,JONATHAN,SARAH,EMMA,CLAIRE,LISA,"
            + "MICHELLE,KAREN,JULIE,NICOLA,RACHEL,JOANNE,LOUISE,CATHERINE,KATHRYN,SIAN,FATIMA,AISHA,PRIYA,REBECCA";
    private static final String SYLLABLES_A = "ash,brad,carr,dun,ell,fair,gold,hart,kings,lang,mar,north,old,pen,"
            + "rad,stan,thorn,under,wake,whit,bar,black,brook,cal,crom,dal,far,green,hal,hol,lith,mor,ray,shel,tal";
    private static final String SYLLABLES_B = "ford,ton,ley,field,wood,by,well,worth,ham,more,dale,stone,bury,wick,"
            + "croft,shaw,ridge,combe,hurst,low,son,man,wright,lock,ward";

    private SyntheticPeople() {
    }

    static void insert(JdbcClient jdbc, int count) {
        jdbc.sql("insert into area (code, name) values ('BENCH', 'Benchmark area') on conflict do nothing").update();
        jdbc.sql("select setseed(0.42)").query(Double.class).single();
        long start = jdbc.sql("select coalesce(max(id), 0) from nominal").query(Long.class).single();
        int chunk = 20_000;
        for (int done = 0; done < count; done += chunk) {
            int n = Math.min(chunk, count - done);
            jdbc.sql("""
                    with words as (
                        select string_to_array(:common, ',') as common, string_to_array(:given, ',') as given,
                               string_to_array(:a, ',') as a, string_to_array(:b, ',') as b)
                    insert into nominal (ref, area_code, family_name, given_names, date_of_birth, gender, pnc_id,
                                         created_by, updated_by)
                    select 'BEN-' || lpad((:offset + g)::text, 7, '0'), 'BENCH',
                           case when random() < 0.6
                                then common[1 + floor(cardinality(common) * power(random(), 2.5))::int]
                                else upper(a[1 + floor(random() * cardinality(a))::int] || b[1 + floor(random() * cardinality(b))::int]
                                           || case when random() < 0.5 then '' else b[1 + floor(random() * cardinality(b))::int] end)
                           end,
                           case when random() < 0.3
                                then array[given[1 + floor(cardinality(given) * power(random(), 1.8))::int],
                                           given[1 + floor(cardinality(given) * random())::int]]
                                else array[given[1 + floor(cardinality(given) * power(random(), 1.8))::int]] end,
                           date '1945-01-01' + floor(random() * 365 * 60)::int,
                           'MALE',
                           case when random() < 0.6 then pnc.full end,
                           'bench', 'bench'
                    from words, generate_series(1, :n) g,
                         lateral (select y, num, lpad(y::text, 4, '0') || '/' || lpad(num::text, 7, '0')
                                  || substr('ZABCDEFGHJKLMNPQRTUVWXY',
                                            1 + (((y % 100)::bigint * 10000000 + num) % 23)::int, 1) as full
                                  from (select 1980 + floor(random() * 40)::int + g * 0 as y,
                                               floor(random() * 9999999)::int + 1 as num) yn) pnc
                    """)
                    .param("common", COMMON_FAMILIES).param("given", GIVEN)
                    .param("a", SYLLABLES_A).param("b", SYLLABLES_B)
                    .param("offset", start + done).param("n", n)
                    .update();
            jdbc.sql("""
                    insert into nominal_alias (nominal_id, position, family_name, given_names, date_of_birth)
                    select n.id, 0, case when random() < 0.5 then n.family_name else n.family_name || 'E' end,
                           array[left(n.given_names[1], 3)], null
                    from nominal n where n.id > :from and n.area_code = 'BENCH' and random() < 0.2
                    """).param("from", start + done).update();
        }
    }
}
