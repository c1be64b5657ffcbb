package org.mappahub.licence;

import java.util.List;

/**
 * The standard conditions every licence carries: fixed by statute, not chosen, so fixed data here rather than
 * catalogue rows. Source: the Criminal Justice (Sentencing) (Licence Conditions) Order 2015 (SI 2015/337)
 * art.3(2), as amended by SI 2021/1112 (the last two: a different name, changed contact details).
 */
public final class StandardConditions {

    public static final String SOURCE = "Criminal Justice (Sentencing) (Licence Conditions) Order 2015 (SI 2015/337), "
            + "article 3(2), as amended";

    public static final List<String> ALL = List.of(
            "Be of good behaviour and not behave in a way which undermines the purpose of the licence period.",
            "Not commit any offence.",
            "Keep in touch with the supervising officer in accordance with instructions given by the supervising officer.",
            "Receive visits from the supervising officer in accordance with instructions given by the supervising officer.",
            "Reside permanently at an address approved by the supervising officer and obtain the prior permission of "
                    + "the supervising officer for any stay of one or more nights at a different address.",
            "Not undertake work, or a particular type of work, unless it is approved by the supervising officer and "
                    + "notify the supervising officer in advance of any proposal to undertake work or a particular type of work.",
            "Not travel outside the United Kingdom, the Channel Islands or the Isle of Man except with the prior "
                    + "permission of the supervising officer or for the purposes of immigration deportation or removal.",
            "Tell the supervising officer if they use a name which is different to the name or names which appear on "
                    + "their licence.",
            "Tell the supervising officer if they change or add any contact details, including phone number or email.");

    private StandardConditions() {
    }
}
