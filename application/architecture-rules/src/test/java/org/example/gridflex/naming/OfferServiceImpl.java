package org.example.gridflex.naming;

/** Breaks names_say_what_things_are. */
public class OfferServiceImpl {
}
