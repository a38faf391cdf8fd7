/**
 * Words for people: the vocabulary that writes every code of the contract in Dutch and English, and
 * renders reason templates with it. No text for people contains a code.
 */
package nl.sofa.text;
