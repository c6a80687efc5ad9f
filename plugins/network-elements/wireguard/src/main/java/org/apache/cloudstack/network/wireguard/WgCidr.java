// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.network.wireguard;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 network in CIDR notation, parsed strictly (no host names, host bits must be zero),
 * with the arithmetic tunnel address allocation needs.
 */
public final class WgCidr {

    private static final Pattern IP4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IP6 = Pattern.compile("^[0-9a-fA-F:.]+$");

    private final boolean ip6;
    private final BigInteger network;
    private final int prefix;

    private WgCidr(boolean ip6, BigInteger network, int prefix) {
        this.ip6 = ip6;
        this.network = network;
        this.prefix = prefix;
    }

    /**
     * @return the network, or null when the text is not a CIDR with zero host bits
     */
    public static WgCidr parse(String cidr) {
        if (cidr == null) {
            return null;
        }
        int slash = cidr.indexOf('/');
        if (slash <= 0 || slash != cidr.lastIndexOf('/')) {
            return null;
        }
        String address = cidr.substring(0, slash);
        String length = cidr.substring(slash + 1);
        if (!length.matches("\\d{1,3}")) {
            return null;
        }
        BigInteger value = parseAddress(address);
        if (value == null) {
            return null;
        }
        boolean ip6 = address.contains(":");
        int bits = ip6 ? 128 : 32;
        int prefix = Integer.parseInt(length);
        if (prefix > bits) {
            return null;
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        if (!value.and(hostMask).equals(BigInteger.ZERO)) {
            return null;
        }
        return new WgCidr(ip6, value, prefix);
    }

    /**
     * @return the address as a number, or null when it is not a literal IPv4/IPv6 address
     */
    static BigInteger parseAddress(String address) {
        if (address == null) {
            return null;
        }
        boolean ip6 = address.contains(":");
        if (ip6 ? !IP6.matcher(address).matches() : !IP4.matcher(address).matches()) {
            return null;
        }
        try {
            return new BigInteger(1, InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public static boolean isIp4Address(String address) {
        return address != null && !address.contains(":") && parseAddress(address) != null;
    }

    public static boolean isIp6Address(String address) {
        return address != null && address.contains(":") && parseAddress(address) != null;
    }

    public boolean isIp6() {
        return ip6;
    }

    public int getPrefix() {
        return prefix;
    }

    private int bits() {
        return ip6 ? 128 : 32;
    }

    /** Number of addresses in the network. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits() - prefix);
    }

    /** Addresses usable by hosts: IPv4 excludes the network and broadcast addresses. */
    public BigInteger hostCount() {
        BigInteger size = size();
        if (ip6) {
            return size.subtract(BigInteger.ONE);
        }
        return size.compareTo(BigInteger.valueOf(2)) > 0 ? size.subtract(BigInteger.valueOf(2)) : BigInteger.ZERO;
    }

    /** The n-th host address (1 = the first host, the server's). */
    public String host(long n) {
        return format(network.add(BigInteger.valueOf(n)));
    }

    /** @return the host index of an address in this network, or -1 if it is not a host of it */
    public long indexOf(String address) {
        BigInteger value = parseAddress(address);
        if (value == null || address.contains(":") != ip6) {
            return -1;
        }
        BigInteger offset = value.subtract(network);
        if (offset.signum() <= 0 || offset.compareTo(hostCount()) > 0) {
            return -1;
        }
        return offset.longValue();
    }

    public boolean contains(String address) {
        return indexOf(address) > 0;
    }

    public boolean overlaps(WgCidr other) {
        if (other == null || other.ip6 != ip6) {
            return false;
        }
        int shortest = Math.min(prefix, other.prefix);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits()).subtract(BigInteger.ONE).xor(BigInteger.ONE.shiftLeft(bits() - shortest).subtract(BigInteger.ONE));
        return network.and(mask).equals(other.network.and(mask));
    }

    private String format(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[ip6 ? 16 : 4];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        try {
            String text = InetAddress.getByAddress(bytes).getHostAddress();
            return ip6 ? compress(text) : text;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    // Java prints IPv6 uncompressed (2001:db8:0:0:0:0:0:1); write the RFC 5952 form wg and ip print.
    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = groups[i].replaceFirst("^0+(?=.)", "");
        }
        for (int i = 0; i < groups.length;) {
            if (!"0".equals(groups[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups.length && "0".equals(groups[j])) {
                j++;
            }
            if (j - i > bestLength && j - i > 1) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }
}
