/** The four boundaries of "grenzen verkennen": wettelijk, functioneel, persoonlijk, relationeel. */
package nl.sofa.boundary;
