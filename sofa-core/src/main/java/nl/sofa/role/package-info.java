/** The SOFA roles: Samenwerken, Ondersteunen, Faciliteren, Afstemmen. */
package nl.sofa.role;
