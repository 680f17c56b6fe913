package org.borderwatch.events.postgis;

/** Told about changes made by other clients, and about the connection; called on the store's listener thread. */
public interface StoreListener {

    /** Another client's change, already applied to the store's events. */
    void changed(RemoteChange change);

    /** The connection to the server was lost; writes fail until {@link #reconnected} is called. */
    void connectionLost(String message);

    /** The connection is back and the store's events were read again (changes made meanwhile included). */
    void reconnected();
}
