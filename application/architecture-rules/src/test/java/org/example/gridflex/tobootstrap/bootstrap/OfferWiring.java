package org.example.gridflex.tobootstrap.bootstrap;

public class OfferWiring {
    public static String name() {
        return "offers";
    }
}
