package org.harambee.geography;

import java.nio.charset.StandardCharsets;

/** Small synthetic boundary files of a fictional country, Quzland (QZ), for tests. */
public final class BoundaryFiles {

    private BoundaryFiles() {}

    /** Country, 2 provinces, 3 districts, 4 chiefdoms, in the COD-AB shapefile-attribute column family. */
    public static byte[] quzlandCsv() {
        return utf8("""
                ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_FR,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_PCODE
                Quzland,QZ,Hill Province,Province des Collines,QZ01,Amber,QZ0101,Amber North,QZ010101
                Quzland,QZ,Hill Province,Province des Collines,QZ01,Amber,QZ0101,Amber South,QZ010102
                Quzland,QZ,Hill Province,Province des Collines,QZ01,Birch,QZ0102,Birch Central,QZ010201
                Quzland,QZ,Lake Province,Province du Lac,QZ02,Cedar,QZ0201,Cedar East,QZ020101
                """);
    }

    /** The same country after a boundary change: district Birch moves from Hill to Lake province. */
    public static byte[] quzlandBirchMovedCsv() {
        return utf8("""
                Location,Admin Level,P-Code,Name,Parent P-Code
                #country+name,#adm+level,#adm+code,#adm+name,#adm+code+parent
                Quzland,2,QZ0102,Birch,QZ02
                """);
    }

    /** Hierarchy errors on known lines, once Quzland is stored: a missing parent (2) and a wrong level (3). */
    public static byte[] brokenHierarchyCsv() {
        return utf8("""
                Location,Admin Level,P-Code,Name,Parent P-Code
                Quzland,2,QZ0301,Fern,QZ03
                Quzland,3,QZ010103,Gorse,QZ01
                """);
    }

    /** A malformed P-code on line 3 and bytes that are not UTF-8 on line 4. */
    public static byte[] malformedCsv() {
        byte[] head = utf8("""
                Location,Admin Level,P-Code,Name,Parent P-Code
                Quzland,2,QZ0103,Gorse,QZ01
                Quzland,2,QZ01O4,Heath,QZ01
                Quzland,2,QZ0105,""");
        byte[] tail = utf8(",QZ01\n");
        byte[] out = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = (byte) 0xC3;
        out[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, out, head.length + 2, tail.length);
        return out;
    }

    public static byte[] quzlandGeoJson() {
        return utf8("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"ADM0_PCODE":"QZ","ADM0_EN":"Quzland","ADM1_PCODE":"QZ03","ADM1_EN":"Dune Province"},
                  "geometry":{"type":"Polygon","coordinates":[[[10.0,1.0],[11.0,1.0],[11.0,2.0],[10.0,2.0],[10.0,1.0]]]}}
                ]}
                """);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
