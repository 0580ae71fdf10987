package dlfs.app.ch05;

import dlfs.app.widgets.GraphView;
import dlfs.core.graph.Node;

/** Reads the numbers a graph panel shows on its edges, by node names. */
record EdgeReader(GraphLabPage page) {
    GraphView view() {
        return page.lab().graphView();
    }

    Node node(String name) {
        return view().getGraph().node(name);
    }

    String forward(String from, String to) {
        return view().forwardText(node(from), node(to));
    }

    String backward(String from, String to) {
        return view().backwardText(node(from), node(to));
    }
}
