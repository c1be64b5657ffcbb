package org.mappahub.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 42 MAPPA areas of England and Wales as the demo knows them: display name, ref prefix, resident
 * population (mid-2020, thousands, roughly the published police force area figures), how diverse the
 * population is compared with England and Wales as a whole, neighbouring areas (where transfers come
 * from), BCUs and the towns of each BCU with their postcode districts. Lancashire comes first.
 */
final class AreaCatalogue {

    static final int MAPPA_AREAS = 42;

    /** A town of an area, the BCU that polices it and its postcode districts (outward codes). */
    record Town(String name, String bcu, String[] districts) {
    }

    record Area(String code, String name, String prefix, int populationThousands, double diversity,
                boolean welsh, List<String> neighbours, List<String> bcus, List<Town> towns) {

        /** Residents aged 10 and over at mid-year, rounded to the hundred; grows about half a percent a year. */
        long aged10AndOver(int midYear) {
            double growth = 0.0035 + (Math.floorMod(code.hashCode(), 5)) * 0.0008;
            double value = populationThousands * 1000.0 * 0.885 * (1 + growth * (midYear - 2020));
            return Math.round(value / 100.0) * 100;
        }
    }

    /** A prison or secure hospital: where people in custody live. */
    record Institution(String name, String area, String line1, String town, String postcode, boolean hospital) {
    }

    private static final List<Area> AREAS = new ArrayList<>();
    private static final Map<String, Area> BY_CODE = new HashMap<>();

    static final List<Institution> PRISONS = List.of(
            new Institution("HMP Preston", "LANCASHIRE", "2 Ribbleton Lane", "Preston", "PR1 5AB", false),
            new Institution("HMP Lancaster Farms", "LANCASHIRE", "Far Moor Lane", "Lancaster", "LA1 3QZ", false),
            new Institution("HMP Wymott", "LANCASHIRE", "Ulnes Walton Lane", "Leyland", "PR26 8LW", false),
            new Institution("HMP Garth", "LANCASHIRE", "Ulnes Walton Lane", "Leyland", "PR26 8NE", false),
            new Institution("HMP Kirkham", "LANCASHIRE", "Freckleton Road", "Kirkham", "PR4 2RN", false),
            new Institution("HMP Haverigg", "CUMBRIA", "North Lane", "Millom", "LA18 4NA", false),
            new Institution("HMP Manchester", "GREATER_MANCHESTER", "1 Southall Street", "Manchester", "M60 9AH",
                    false),
            new Institution("HMP Risley", "CHESHIRE", "Warrington Road", "Warrington", "WA3 6BP", false),
            new Institution("HMP Liverpool", "MERSEYSIDE", "68 Hornby Road", "Liverpool", "L9 3DF", false),
            new Institution("HMP Altcourse", "MERSEYSIDE", "Higher Lane", "Liverpool", "L9 7LH", false),
            new Institution("HMP Leeds", "WEST_YORKSHIRE", "2 Gloucester Terrace", "Leeds", "LS12 2TJ", false),
            new Institution("HMP Wakefield", "WEST_YORKSHIRE", "5 Love Lane", "Wakefield", "WF2 9AG", false),
            new Institution("HMP Durham", "DURHAM", "Old Elvet", "Durham", "DH1 3HU", false),
            new Institution("HMP Birmingham", "WEST_MIDLANDS", "Winson Green Road", "Birmingham", "B18 4AS", false),
            new Institution("HMP Wandsworth", "LONDON", "Heathfield Road", "London", "SW18 3HU", false),
            new Institution("HMP Pentonville", "LONDON", "Caledonian Road", "London", "N7 8TT", false),
            new Institution("HMP Bristol", "AVON_AND_SOMERSET", "19 Cambridge Road", "Bristol", "BS7 8PS", false),
            new Institution("HMP Cardiff", "SOUTH_WALES", "Knox Road", "Cardiff", "CF24 0UG", false),
            new Institution("HMP Exeter", "DEVON_AND_CORNWALL", "30 New North Road", "Exeter", "EX4 4EX", false),
            new Institution("HMP Nottingham", "NOTTINGHAMSHIRE", "112 Perry Road", "Nottingham", "NG5 3AG", false),
            new Institution("HMP Whatton", "NOTTINGHAMSHIRE", "New Lane", "Whatton", "NG13 9FQ", false),
            new Institution("HMP Isle of Wight", "HAMPSHIRE", "Clissold Road", "Newport", "PO30 5RS", false),
            new Institution("HMP Norwich", "NORFOLK", "Knox Road", "Norwich", "NR1 4LU", false),
            new Institution("HMP Bure", "NORFOLK", "Jaguar Drive", "Scottow", "NR10 5GB", false),
            new Institution("HMP Usk", "GWENT", "47 Maryport Street", "Usk", "NP15 1XP", false),
            new Institution("HMP Stafford", "STAFFORDSHIRE", "54 Gaol Road", "Stafford", "ST16 3AW", false));

    static final List<Institution> HOSPITALS = List.of(
            new Institution("Ashworth Hospital", "MERSEYSIDE", "Parkbourn", "Maghull", "L31 1HW", true),
            new Institution("Rampton Hospital", "NOTTINGHAMSHIRE", "Woodbeck", "Retford", "DN22 0PD", true),
            new Institution("Broadmoor Hospital", "THAMES_VALLEY", "Crowthorne", "Crowthorne", "RG45 7EG", true),
            new Institution("Guild Lodge", "LANCASHIRE", "Guild Park, Whittingham", "Preston", "PR3 2AZ", true),
            new Institution("Reaside Clinic", "WEST_MIDLANDS", "Bristol Road South", "Birmingham", "B45 9BE", true),
            new Institution("Wathwood Hospital", "SOUTH_YORKSHIRE", "Gipsy Green Lane", "Rotherham", "S63 7TQ",
                    true));

    static {
        // code, name, prefix, population (thousands, mid-2020), diversity, Welsh, neighbours, BCUs and towns
        add("LANCASHIRE", "Lancashire", "LAN", 1510, 1.0, false,
                "CUMBRIA GREATER_MANCHESTER MERSEYSIDE NORTH_YORKSHIRE WEST_YORKSHIRE",
                "Eastern: Blackburn BB1 BB2; Burnley BB10 BB11 BB12; Accrington BB5; Nelson BB9; Darwen BB3; "
                        + "Rawtenstall BB4 | Southern: Preston PR1 PR2; Chorley PR6 PR7; Leyland PR25; Ormskirk L39; "
                        + "Skelmersdale WN8 | Western: Blackpool FY1 FY2 FY3 FY4; Fleetwood FY7; "
                        + "Lytham St Annes FY8; Poulton-le-Fylde FY6 | Northern: Lancaster LA1; Morecambe LA3 LA4; "
                        + "Carnforth LA5; Clitheroe BB7");
        add("AVON_AND_SOMERSET", "Avon and Somerset", "AVS", 1730, 1.3, false,
                "GLOUCESTERSHIRE WILTSHIRE DORSET DEVON_AND_CORNWALL",
                "Bristol: Bristol BS1 BS2 BS3 BS4 BS5 BS7 BS13 | North Somerset: Weston-super-Mare BS22 BS23 BS24; "
                        + "Clevedon BS21 | Bath and North East Somerset: Bath BA1 BA2; Midsomer Norton BA3 | "
                        + "Somerset: Taunton TA1 TA2; Yeovil BA20 BA21; Bridgwater TA6");
        add("BEDFORDSHIRE", "Bedfordshire", "BED", 680, 2.0, false,
                "HERTFORDSHIRE CAMBRIDGESHIRE THAMES_VALLEY NORTHAMPTONSHIRE",
                "Luton: Luton LU1 LU2 LU3 LU4 | Bedford: Bedford MK40 MK41 MK42 | "
                        + "Central Bedfordshire: Dunstable LU5 LU6; Leighton Buzzard LU7; Biggleswade SG18");
        add("CAMBRIDGESHIRE", "Cambridgeshire", "CAM", 860, 1.0, false,
                "NORFOLK SUFFOLK BEDFORDSHIRE LINCOLNSHIRE NORTHAMPTONSHIRE",
                "North: Peterborough PE1 PE2 PE3 PE4; Wisbech PE13 | "
                        + "South: Cambridge CB1 CB2 CB4 CB5; Huntingdon PE29; St Neots PE19");
        add("CHESHIRE", "Cheshire", "CHE", 1070, 0.6, false,
                "MERSEYSIDE GREATER_MANCHESTER STAFFORDSHIRE NORTH_WALES",
                "Cheshire East: Crewe CW1 CW2; Macclesfield SK10 SK11; Congleton CW12 | "
                        + "Cheshire West: Chester CH1 CH2 CH3 CH4; Ellesmere Port CH65 CH66; Northwich CW8 CW9 | "
                        + "Warrington: Warrington WA1 WA2 WA4 WA5 | Halton: Widnes WA8; Runcorn WA7");
        add("CLEVELAND", "Cleveland", "CLE", 570, 0.9, false, "DURHAM NORTH_YORKSHIRE NORTHUMBRIA",
                "Hartlepool: Hartlepool TS24 TS25 TS26 | Stockton: Stockton-on-Tees TS18 TS19 TS20 | "
                        + "Middlesbrough: Middlesbrough TS1 TS3 TS4 TS5 | "
                        + "Redcar and Cleveland: Redcar TS10; Guisborough TS14");
        add("CUMBRIA", "Cumbria", "CUM", 500, 0.3, false, "LANCASHIRE NORTHUMBRIA DURHAM NORTH_YORKSHIRE",
                "North: Carlisle CA1 CA2 CA3; Penrith CA11 | West: Workington CA14; Whitehaven CA28; Maryport CA15 | "
                        + "South: Barrow-in-Furness LA13 LA14; Kendal LA9; Ulverston LA12");
        add("DERBYSHIRE", "Derbyshire", "DER", 1060, 0.8, false,
                "NOTTINGHAMSHIRE STAFFORDSHIRE SOUTH_YORKSHIRE LEICESTERSHIRE",
                "Derby: Derby DE1 DE21 DE22 DE23 DE24 | North: Chesterfield S40 S41; Buxton SK17; Glossop SK13 | "
                        + "South: Swadlincote DE11; Ilkeston DE7; Ripley DE5");
        add("DEVON_AND_CORNWALL", "Devon and Cornwall", "DEV", 1800, 0.4, false, "AVON_AND_SOMERSET DORSET",
                "Plymouth: Plymouth PL1 PL2 PL3 PL4 PL5 PL6 | Devon: Exeter EX1 EX2 EX4; Torquay TQ1 TQ2; "
                        + "Barnstaple EX31; Newton Abbot TQ12 | Cornwall: Truro TR1; Camborne TR14; St Austell PL25; "
                        + "Bodmin PL31; Penzance TR18");
        add("DORSET", "Dorset", "DOR", 770, 0.5, false, "HAMPSHIRE WILTSHIRE DEVON_AND_CORNWALL AVON_AND_SOMERSET",
                "Eastern: Bournemouth BH1 BH7 BH8 BH9; Poole BH12 BH14 BH15; Christchurch BH23 | "
                        + "Western: Weymouth DT3 DT4; Dorchester DT1; Bridport DT6");
        add("DURHAM", "Durham", "DUR", 640, 0.3, false, "CLEVELAND NORTHUMBRIA NORTH_YORKSHIRE CUMBRIA",
                "North: Durham DH1; Chester-le-Street DH3; Stanley DH9; Consett DH8 | "
                        + "South: Darlington DL1 DL3; Bishop Auckland DL14; Newton Aycliffe DL5; Peterlee SR8");
        add("DYFED_POWYS", "Dyfed-Powys", "DYF", 520, 0.3, true, "SOUTH_WALES NORTH_WALES WEST_MERCIA",
                "Carmarthenshire: Llanelli SA14 SA15; Carmarthen SA31 | "
                        + "Pembrokeshire: Haverfordwest SA61; Pembroke Dock SA72 | "
                        + "Ceredigion: Aberystwyth SY23; Cardigan SA43 | Powys: Newtown SY16; Brecon LD3; Welshpool SY21");
        add("ESSEX", "Essex", "ESS", 1850, 0.8, false, "LONDON HERTFORDSHIRE SUFFOLK KENT CAMBRIDGESHIRE",
                "North: Colchester CO1 CO2 CO4; Clacton-on-Sea CO15; Braintree CM7 | "
                        + "South: Southend-on-Sea SS1 SS2; Basildon SS13 SS14 SS15; Grays RM16 RM17 | "
                        + "West: Chelmsford CM1 CM2; Harlow CM18 CM19 CM20; Brentwood CM14");
        add("GLOUCESTERSHIRE", "Gloucestershire", "GLO", 640, 0.6, false,
                "AVON_AND_SOMERSET WEST_MERCIA WILTSHIRE THAMES_VALLEY",
                "Gloucester: Gloucester GL1 GL2 GL4 | Cheltenham: Cheltenham GL50 GL51 GL52 | "
                        + "Stroud and Forest: Stroud GL5; Cinderford GL14; Tewkesbury GL20");
        add("GREATER_MANCHESTER", "Greater Manchester", "GMP", 2850, 2.0, false,
                "LANCASHIRE CHESHIRE MERSEYSIDE WEST_YORKSHIRE DERBYSHIRE",
                "City of Manchester: Manchester M4 M8 M9 M11 M13 M14 M16 M22 M40 | Salford: Salford M5 M6 M7; "
                        + "Eccles M30 | Bolton: Bolton BL1 BL2 BL3 | Wigan: Wigan WN1 WN2 WN3; Leigh WN7 | "
                        + "Oldham: Oldham OL1 OL4 OL8 | Rochdale: Rochdale OL11 OL12 OL16 | "
                        + "Stockport: Stockport SK1 SK2 SK3 SK4 | Tameside: Ashton-under-Lyne OL6 OL7; Hyde SK14 | "
                        + "Trafford: Stretford M32; Sale M33; Altrincham WA14 | Bury: Bury BL8 BL9");
        add("GWENT", "Gwent", "GWE", 600, 0.6, true, "SOUTH_WALES DYFED_POWYS GLOUCESTERSHIRE WEST_MERCIA",
                "East: Newport NP19 NP20; Monmouth NP25; Chepstow NP16 | "
                        + "West: Ebbw Vale NP23; Blackwood NP12; Pontypool NP4; Caerphilly CF83");
        add("HAMPSHIRE", "Hampshire", "HAM", 2000, 0.7, false, "SURREY SUSSEX DORSET WILTSHIRE THAMES_VALLEY",
                "Southampton: Southampton SO14 SO15 SO16 SO17 SO19 | Portsmouth: Portsmouth PO1 PO2 PO3 PO4; "
                        + "Gosport PO12; Fareham PO14 PO16 | North and East: Basingstoke RG21 RG22 RG24; "
                        + "Aldershot GU11; Winchester SO22 SO23 | Isle of Wight: Newport PO30; Ryde PO33");
        add("HERTFORDSHIRE", "Hertfordshire", "HER", 1190, 1.0, false,
                "BEDFORDSHIRE ESSEX LONDON THAMES_VALLEY CAMBRIDGESHIRE",
                "East: Stevenage SG1 SG2; Hertford SG13 SG14; Cheshunt EN8 | "
                        + "West: Watford WD17 WD18 WD24 WD25; St Albans AL1 AL3 AL4; Hemel Hempstead HP1 HP2 HP3 | "
                        + "Central: Welwyn Garden City AL7 AL8; Hatfield AL10");
        add("HUMBERSIDE", "Humberside", "HUM", 930, 0.5, false, "SOUTH_YORKSHIRE NORTH_YORKSHIRE LINCOLNSHIRE",
                "Hull: Kingston upon Hull HU3 HU5 HU6 HU7 HU8 HU9 | East Riding: Bridlington YO15 YO16; "
                        + "Beverley HU17; Goole DN14 | North Lincolnshire: Scunthorpe DN15 DN16 DN17 | "
                        + "North East Lincolnshire: Grimsby DN31 DN32 DN34; Cleethorpes DN35");
        add("KENT", "Kent", "KEN", 1870, 0.8, false, "ESSEX SUSSEX LONDON SURREY",
                "North: Chatham ME4 ME5; Gillingham ME7 ME8; Dartford DA1 DA2; Gravesend DA11 DA12 | "
                        + "East: Canterbury CT1 CT2; Margate CT9; Folkestone CT19 CT20; Dover CT16 CT17 | "
                        + "West: Maidstone ME14 ME15 ME16; Tonbridge TN9 TN10; Tunbridge Wells TN1 TN2; "
                        + "Ashford TN23 TN24");
        add("LEICESTERSHIRE", "Leicestershire", "LEI", 1100, 2.0, false,
                "NOTTINGHAMSHIRE DERBYSHIRE NORTHAMPTONSHIRE WARWICKSHIRE LINCOLNSHIRE",
                "Leicester City: Leicester LE1 LE2 LE3 LE4 LE5 | Leicestershire: Loughborough LE11; Hinckley LE10; "
                        + "Coalville LE67; Melton Mowbray LE13 | Rutland: Oakham LE15");
        add("LINCOLNSHIRE", "Lincolnshire", "LIN", 770, 0.4, false,
                "HUMBERSIDE NOTTINGHAMSHIRE CAMBRIDGESHIRE NORFOLK LEICESTERSHIRE",
                "West: Lincoln LN1 LN2 LN5 LN6; Gainsborough DN21 | East: Boston PE21; Skegness PE25; Louth LN11 | "
                        + "South: Grantham NG31; Spalding PE11; Stamford PE9");
        add("LONDON", "London", "LON", 9000, 5.0, false, "ESSEX KENT SURREY HERTFORDSHIRE THAMES_VALLEY",
                "Central West: Westminster SW1V W1H W2; Kensington W8 W11; Hammersmith W6 W12 | "
                        + "Central North: Camden NW1 NW5; Islington N1 N7 N19 | "
                        + "Central South: Lambeth SW9 SE11 SE27; Southwark SE1 SE5 SE15 | "
                        + "Central East: Hackney E5 E8 E9; Tower Hamlets E1 E3 E14 | "
                        + "North: Enfield EN1 EN3; Haringey N15 N17 N22 | "
                        + "North East: Newham E6 E13 E15 E16; Waltham Forest E4 E10 E17 | "
                        + "North West: Barnet N12 NW9 EN5; Brent NW10 HA9; Harrow HA1 HA2 | "
                        + "South East: Greenwich SE10 SE18; Lewisham SE4 SE6 SE13; Bexley DA5 DA7 | "
                        + "South West: Wandsworth SW11 SW17 SW18; Merton SW19 SM4; Kingston upon Thames KT1 KT2 | "
                        + "South: Croydon CR0 CR7 SE25; Sutton SM1 SM2; Bromley BR1 BR2 | "
                        + "East: Barking IG11; Romford RM1 RM7; Ilford IG1 IG3 | "
                        + "West: Ealing W5 W13 UB1; Hounslow TW3 TW4; Hillingdon UB8 UB10");
        add("MERSEYSIDE", "Merseyside", "MER", 1430, 0.8, false, "LANCASHIRE CHESHIRE GREATER_MANCHESTER NORTH_WALES",
                "Liverpool North: Liverpool L4 L5 L6 L9 L11 | Liverpool South: Garston L19; Speke L24; "
                        + "Toxteth L8; Wavertree L15 | Sefton: Bootle L20; Southport PR8 PR9; Crosby L23 | "
                        + "Wirral: Birkenhead CH41 CH42; Wallasey CH44 CH45 | Knowsley: Kirkby L32 L33; Huyton L36 | "
                        + "St Helens: St Helens WA9 WA10 WA11");
        add("NORFOLK", "Norfolk", "NFK", 910, 0.4, false, "SUFFOLK CAMBRIDGESHIRE LINCOLNSHIRE",
                "Western: King's Lynn PE30; Thetford IP24; Swaffham PE37 | "
                        + "Eastern: Great Yarmouth NR30 NR31; Cromer NR27; North Walsham NR28 | "
                        + "Norwich: Norwich NR1 NR2 NR3 NR4 NR5 NR6");
        add("NORTH_WALES", "North Wales", "NWA", 700, 0.3, true, "CHESHIRE MERSEYSIDE DYFED_POWYS WEST_MERCIA",
                "Western: Bangor LL57; Caernarfon LL55; Holyhead LL65; Pwllheli LL53 | "
                        + "Central: Rhyl LL18; Colwyn Bay LL29; Llandudno LL30; Denbigh LL16 | "
                        + "Eastern: Wrexham LL11 LL12 LL13; Mold CH7; Flint CH6; Shotton CH5");
        add("NORTH_YORKSHIRE", "North Yorkshire", "NYK", 830, 0.4, false,
                "WEST_YORKSHIRE HUMBERSIDE CLEVELAND DURHAM CUMBRIA LANCASHIRE",
                "York: York YO10 YO24 YO26 YO30 YO31 | Scarborough and Ryedale: Scarborough YO11 YO12; Whitby YO21; "
                        + "Malton YO17 | Harrogate and Craven: Harrogate HG1 HG2; Skipton BD23; Knaresborough HG5 | "
                        + "Hambleton and Richmondshire: Northallerton DL6 DL7; Richmond DL10; Selby YO8");
        add("NORTHAMPTONSHIRE", "Northamptonshire", "NTH", 760, 1.0, false,
                "LEICESTERSHIRE WARWICKSHIRE BEDFORDSHIRE THAMES_VALLEY CAMBRIDGESHIRE",
                "North: Corby NN17 NN18; Kettering NN15 NN16; Wellingborough NN8 | "
                        + "South: Northampton NN1 NN2 NN3 NN4 NN5; Daventry NN11; Towcester NN12");
        add("NORTHUMBRIA", "Northumbria", "NUM", 1470, 0.6, false, "DURHAM CUMBRIA CLEVELAND",
                "Northern: Newcastle upon Tyne NE1 NE4 NE5 NE6 NE15; Ashington NE63; Blyth NE24; Cramlington NE23 | "
                        + "Central: Gateshead NE8 NE9 NE10; South Shields NE33 NE34; Jarrow NE32 | "
                        + "Southern: Sunderland SR1 SR2 SR4 SR5; Washington NE37 NE38; Houghton-le-Spring DH4 | "
                        + "North Tyneside: North Shields NE29 NE30; Wallsend NE28");
        add("NOTTINGHAMSHIRE", "Nottinghamshire", "NOT", 1160, 1.0, false,
                "DERBYSHIRE SOUTH_YORKSHIRE LINCOLNSHIRE LEICESTERSHIRE",
                "City: Nottingham NG1 NG2 NG3 NG5 NG6 NG7 NG8 | "
                        + "County: Mansfield NG18 NG19; Worksop S80 S81; Newark-on-Trent NG24; Hucknall NG15; "
                        + "Retford DN22");
        add("SOUTH_WALES", "South Wales", "SWA", 1330, 0.8, true, "GWENT DYFED_POWYS",
                "Cardiff and Vale: Cardiff CF5 CF10 CF11 CF14 CF23 CF24; Barry CF62 | "
                        + "Swansea and Neath Port Talbot: Swansea SA1 SA2 SA5 SA6; Neath SA11; Port Talbot SA12 | "
                        + "Western Bridgend: Bridgend CF31; Maesteg CF34 | "
                        + "Eastern: Merthyr Tydfil CF47; Pontypridd CF37; Aberdare CF44; Tonypandy CF40");
        add("SOUTH_YORKSHIRE", "South Yorkshire", "SYK", 1420, 1.0, false,
                "WEST_YORKSHIRE DERBYSHIRE NOTTINGHAMSHIRE HUMBERSIDE",
                "Sheffield: Sheffield S2 S5 S6 S8 S9 S10 S11 | Rotherham: Rotherham S60 S61 S65 S66 | "
                        + "Doncaster: Doncaster DN1 DN2 DN4 DN5 | Barnsley: Barnsley S70 S71 S72 S75");
        add("STAFFORDSHIRE", "Staffordshire", "STA", 1140, 0.7, false,
                "WEST_MIDLANDS CHESHIRE DERBYSHIRE WEST_MERCIA",
                "Stoke-on-Trent: Stoke-on-Trent ST1 ST2 ST3 ST4 ST6 | "
                        + "North Staffordshire: Newcastle-under-Lyme ST5; Leek ST13 | "
                        + "South Staffordshire: Stafford ST16 ST17; Cannock WS11 WS12; Tamworth B77 B78; "
                        + "Burton upon Trent DE13 DE14 DE15; Lichfield WS13 WS14");
        add("SUFFOLK", "Suffolk", "SUF", 760, 0.5, false, "NORFOLK ESSEX CAMBRIDGESHIRE",
                "East: Ipswich IP1 IP2 IP3 IP4; Felixstowe IP11; Woodbridge IP12 | "
                        + "West: Bury St Edmunds IP32 IP33; Newmarket CB8; Haverhill CB9; Sudbury CO10 | "
                        + "North: Lowestoft NR32 NR33; Beccles NR34");
        add("SURREY", "Surrey", "SUR", 1200, 0.6, false, "LONDON SUSSEX HAMPSHIRE KENT THAMES_VALLEY",
                "East: Redhill RH1; Epsom KT17 KT19; Caterham CR3 | "
                        + "North: Woking GU21 GU22; Staines-upon-Thames TW18; Camberley GU15 | "
                        + "West: Guildford GU1 GU2; Farnham GU9; Godalming GU7");
        add("SUSSEX", "Sussex", "SUS", 1710, 0.6, false, "SURREY KENT HAMPSHIRE",
                "Brighton and Hove: Brighton BN1 BN2; Hove BN3 | "
                        + "East Sussex: Eastbourne BN20 BN21 BN22; Hastings TN34 TN35; Lewes BN7 | "
                        + "West Sussex: Crawley RH10 RH11; Worthing BN11 BN12 BN14; Chichester PO19; "
                        + "Bognor Regis PO21 PO22; Horsham RH12");
        add("THAMES_VALLEY", "Thames Valley", "TVP", 2430, 1.2, false,
                "LONDON HAMPSHIRE SURREY HERTFORDSHIRE BEDFORDSHIRE NORTHAMPTONSHIRE GLOUCESTERSHIRE WILTSHIRE",
                "Berkshire West: Reading RG1 RG2 RG30 RG4; Newbury RG14 | "
                        + "Berkshire East: Slough SL1 SL2 SL3; Bracknell RG12; Maidenhead SL6 | "
                        + "Oxfordshire: Oxford OX1 OX2 OX3 OX4; Banbury OX16; Abingdon OX14 | "
                        + "Buckinghamshire: High Wycombe HP11 HP12 HP13; Aylesbury HP19 HP20 HP21 | "
                        + "Milton Keynes: Milton Keynes MK1 MK3 MK6 MK9 MK12");
        add("WARWICKSHIRE", "Warwickshire", "WAR", 580, 0.8, false,
                "WEST_MIDLANDS LEICESTERSHIRE NORTHAMPTONSHIRE WEST_MERCIA THAMES_VALLEY",
                "North: Nuneaton CV10 CV11; Bedworth CV12; Atherstone CV9 | East: Rugby CV21 CV22 | "
                        + "South: Warwick CV34; Leamington Spa CV31 CV32; Stratford-upon-Avon CV37");
        add("WEST_MERCIA", "West Mercia", "WMC", 1310, 0.5, false,
                "WEST_MIDLANDS STAFFORDSHIRE WARWICKSHIRE GLOUCESTERSHIRE DYFED_POWYS NORTH_WALES",
                "Herefordshire: Hereford HR1 HR2 HR4; Leominster HR6 | "
                        + "Shropshire: Shrewsbury SY1 SY2 SY3; Oswestry SY11; Telford TF1 TF2 TF3 TF7 | "
                        + "Worcestershire: Worcester WR1 WR2 WR3 WR4 WR5; Redditch B97 B98; Kidderminster DY10 DY11; "
                        + "Bromsgrove B60 B61");
        add("WEST_MIDLANDS", "West Midlands", "WMD", 2940, 2.5, false,
                "STAFFORDSHIRE WARWICKSHIRE WEST_MERCIA",
                "Birmingham East: Birmingham B8 B9 B10 B11 B25 B33 B34 B36 | "
                        + "Birmingham West: Birmingham B16 B17 B18 B19 B20 B21 B29 B31 | "
                        + "Coventry: Coventry CV1 CV2 CV3 CV4 CV5 CV6 | "
                        + "Dudley: Dudley DY1 DY2; Stourbridge DY8; Halesowen B62 B63 | "
                        + "Sandwell: West Bromwich B70 B71; Oldbury B68 B69; Smethwick B66 | "
                        + "Solihull: Solihull B90 B91 B92; Chelmsley Wood B37 | Walsall: Walsall WS1 WS2 WS3 WS5 | "
                        + "Wolverhampton: Wolverhampton WV1 WV2 WV3 WV4 WV10 WV11 WV14");
        add("WEST_YORKSHIRE", "West Yorkshire", "WYK", 2330, 1.8, false,
                "LANCASHIRE GREATER_MANCHESTER NORTH_YORKSHIRE SOUTH_YORKSHIRE DERBYSHIRE",
                "Bradford: Bradford BD1 BD3 BD4 BD5 BD7 BD8 BD9; Keighley BD21 | "
                        + "Calderdale: Halifax HX1 HX2 HX3; Brighouse HD6 | "
                        + "Kirklees: Huddersfield HD1 HD2 HD3 HD4 HD5; Dewsbury WF12 WF13; Batley WF17 | "
                        + "Leeds: Leeds LS4 LS6 LS7 LS8 LS9 LS11 LS12 LS14 LS15; Morley LS27 | "
                        + "Wakefield: Wakefield WF1 WF2; Castleford WF10; Pontefract WF8");
        add("WILTSHIRE", "Wiltshire", "WIL", 730, 0.5, false,
                "DORSET HAMPSHIRE THAMES_VALLEY GLOUCESTERSHIRE AVON_AND_SOMERSET",
                "Swindon: Swindon SN1 SN2 SN3 SN5 | Wiltshire: Chippenham SN14 SN15; Trowbridge BA14; "
                        + "Salisbury SP1 SP2; Devizes SN10");
        if (AREAS.size() != MAPPA_AREAS) {
            throw new IllegalStateException("expected " + MAPPA_AREAS + " areas, have " + AREAS.size());
        }
        for (Area a : AREAS) {
            for (String n : a.neighbours()) {
                if (!BY_CODE.containsKey(n)) {
                    throw new IllegalStateException(a.code() + " names an unknown neighbour " + n);
                }
            }
        }
    }

    private AreaCatalogue() {
    }

    /** All 42 areas: Lancashire first, then the others in the order MCIF/1 lists them. */
    static List<Area> inOrder() {
        return List.copyOf(AREAS);
    }

    static Area byCode(String code) {
        Area a = BY_CODE.get(code);
        if (a == null) {
            throw new IllegalArgumentException("no such area " + code);
        }
        return a;
    }

    private static void add(String code, String name, String prefix, int population, double diversity, boolean welsh,
                            String neighbours, String bcuSpec) {
        List<String> bcus = new ArrayList<>();
        List<Town> towns = new ArrayList<>();
        for (String bcuPart : bcuSpec.split("\\|")) {
            String[] nameAndTowns = bcuPart.split(":", 2);
            String bcu = nameAndTowns[0].trim();
            bcus.add(bcu);
            for (String townPart : nameAndTowns[1].split(";")) {
                String[] words = townPart.trim().split(" ");
                int firstDistrict = words.length;
                while (firstDistrict > 0 && words[firstDistrict - 1].matches("[A-Z]{1,2}[0-9][0-9A-Z]?")) {
                    firstDistrict--;
                }
                String town = String.join(" ", Arrays.copyOfRange(words, 0, firstDistrict));
                towns.add(new Town(town, bcu, Arrays.copyOfRange(words, firstDistrict, words.length)));
            }
        }
        Area area = new Area(code, name, prefix, population, diversity, welsh, List.of(neighbours.split(" ")),
                List.copyOf(bcus), List.copyOf(towns));
        AREAS.add(area);
        BY_CODE.put(code, area);
    }
}
